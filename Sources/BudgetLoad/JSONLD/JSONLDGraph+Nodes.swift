import BudgetModel

extension JSONLDGraph {
  /// All nodes in a fixed order, separated by `,` and a line break.
  func writeNodes(into out: inout JSONObjectWriter) {
    datasetNode(&out)
    out.raw(",\n")
    organizationNode(&out)
    out.raw(",\n")
    sourceNode(&out)
    out.raw(",\n")
    schemeNode(&out)
    for (year, label) in fiscalYears {
      out.raw(",\n")
      fiscalYearNode(year, label: label, &out)
    }
    for item in document.items { separated(&out) { itemNode(item, &$0) } }
    for expense in document.expenses { separated(&out) { expenseNode(expense, &$0) } }
    for entry in document.summary { separated(&out) { summaryNode(entry, &$0) } }
    for entry in document.filp { separated(&out) { filpNode(entry, &$0) } }
    for observation in document.observations {
      separated(&out) { observationNode(observation, &$0) }
    }
    for (index, finding) in document.findings.enumerated() {
      separated(&out) { findingNode(finding, ordinal: index + 1, &$0) }
    }
  }

  private func separated(_ out: inout JSONObjectWriter, _ node: (inout JSONObjectWriter) -> Void) {
    out.raw(",\n")
    node(&out)
  }

  /// `[{"@value": ja, "@language": "ja"}, {"@value": en, "@language": "en"}]`, the Japanese
  /// one left out when nil.
  private func labels(_ name: StaticString, ja: String?, en: String, _ out: inout JSONObjectWriter)
  {
    out.key(name)
    out.raw("[")
    if let ja {
      out.raw("{\"@value\":")
      JSONText.writeString(ja, into: &out.output)
      out.raw(",\"@language\":\"ja\"},")
    }
    out.raw("{\"@value\":")
    JSONText.writeString(en, into: &out.output)
    out.raw(",\"@language\":\"en\"}]")
  }

  private func fiscalYearNode(_ year: Int, label: String?, _ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { appendFiscalYear(year, to: &$0) }
    out.literal("@type", "\"Year\"")
    labels("label", ja: label, en: "FY" + DCATVocabulary.format4(year), &out)
    out.endObject()
  }

  /// `{"@id":"…/operation-character/expenditure"}`: the data set's operation character.

  private func datasetNode(_ out: inout JSONObjectWriter) {
    out.beginObject()
    out.literal("@id", documentIdRef)
    out.literal("@type", "\"DataSet\"")
    out.string("identifier", info.id)
    out.string("title", info.title)
    out.quoted("structure") { $0 += documentPrefix + Array("dsd".utf8) }
    out.literal("publisher", organizationRef)
    out.literal("organization", organizationRef)
    out.quoted("fiscalYear") { appendFiscalYearCode(info.fiscalYear, to: &$0) }
    out.string("fiscalYearLabel", info.fiscalYearLabel)
    out.string("priorFiscalYear", DCATVocabulary.format4(info.priorFiscalYear))
    out.string("priorFiscalYearLabel", info.priorFiscalYearLabel)
    out.literal("budgetPhase", phaseRef)
    out.string("phase", info.phase.code)
    out.string("phaseLabel", info.phaseLabel)
    out.string("issued", info.publicationMonth)
    out.string("publicationLabel", info.publicationLabel)
    out.quoted("source") { $0 += documentPrefix + Array("source".utf8) }
    out.literal("currency", "\"JPY\"")
    out.string("statedUnit", info.statedUnit)
    if !document.findings.isEmpty {
      out.key("finding")
      out.raw("[")
      for ordinal in 1...document.findings.count {
        if ordinal > 1 { out.raw(",") }
        out.output.append(0x22)
        appendFinding(ordinal, to: &out.output)
        out.output.append(0x22)
      }
      out.raw("]")
    }
    out.endObject()
  }

  private func organizationNode(_ out: inout JSONObjectWriter) {
    let organization = info.organization
    out.beginObject()
    out.literal("@id", organizationIdRef)
    out.literal("@type", "[\"Organization\",\"FormalOrganization\",\"GovernmentOrganization\"]")
    labels("name", ja: organization.nameJa, en: organization.nameEn, &out)
    out.string("organizationCode", organization.code)
    out.string("corporateNumber", organization.corporateNumber)
    out.endObject()
  }

  private func sourceNode(_ out: inout JSONObjectWriter) {
    out.beginObject()
    out.quoted("@id") { $0 += documentPrefix + Array("source".utf8) }
    out.literal("@type", "\"DigitalDocument\"")
    out.string("fileName", info.sourceFile)
    out.string("sha256", info.sourceSHA256)
    out.endObject()
  }

  private func schemeNode(_ out: inout JSONObjectWriter) {
    out.beginObject()
    out.literal("@id", schemeRef)
    out.literal("@type", "\"ConceptScheme\"")
    out.string("prefLabel", info.title)
    out.literal("isPartOf", documentRef)
    out.endObject()
  }
}
