import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// The transform stage on the real document: identity, hierarchy, figures, reconciliation.
@Suite struct TransformerSampleTests {
  let doc = Support.sample

  @Test func identifiesTheDocument() {
    let info = doc.info
    #expect(info.id == "jp-soumu-2024-proposal")
    #expect(info.organization.code == "soumu")
    #expect(info.organization.corporateNumber == "2000012020001")
    #expect(info.organization.nameEn == "Ministry of Internal Affairs and Communications")
    #expect(info.fiscalYear == 2024 && info.fiscalYearLabel == "令和6年度")
    #expect(info.priorFiscalYear == 2023 && info.priorFiscalYearLabel == "令和5年度")
    #expect(
      info.phase.code == "proposal" && info.phase.openBudgetsPhase == "draft"
        && info.phaseLabel == "(案)")
    #expect(info.publicationMonth == "2023-12")
    #expect(info.statedUnit == "億円")
    #expect(info.sourceFile == "soumu-r6-yosan-an-gaiyo.txt")
  }

  @Test func hierarchyAndStableIds() throws {
    #expect(doc.items.filter { $0.level == .chapter }.count == 5)
    #expect(doc.items.filter { $0.level == .item }.count == 19)
    let item1 = try #require(Support.item("1"))
    #expect(item1.id == "c1-1" && item1.parentId == "c1")
    #expect(item1.figures.first(.budget)?.amountJPY == 19_927_010_000_000)
    let sub = try #require(Support.item("2.(1).(b)"))
    #expect(sub.id == "c1-2-1-b" && sub.parentId == "c1-2-1")
    #expect(sub.figures.first(.budget)?.amountJPY == 270_000_000)
    #expect(sub.figures.first(.priorInitial)?.amountJPY == 280_000_000)
    #expect(sub.figures.first(.priorInitial)?.fiscalYear == 2023)
    // Every id is unique; every parent exists.
    let ids = Set(doc.items.map(\.id))
    #expect(ids.count == doc.items.count)
    #expect(doc.items.allSatisfy { $0.parentId == nil || ids.contains($0.parentId!) })
  }

  @Test func noAmountStaysDistinctFromZero() throws {
    let dash = try #require(Support.item("2.(2)"))
    let figure = try #require(dash.figures.first(.budget))
    #expect(figure.amountJPY == nil)
    #expect(figure.countsTowardTotal == false)
    let zeroPrior = try #require(doc.items.first { $0.title.hasPrefix("政府端末情報を活用した") })
    #expect(zeroPrior.figures.first(.priorInitial)?.amountJPY == 0)
  }

  @Test func markersDecideCountsTowardTotal() throws {
    let partOf = try #require(Support.item("8.(3)"))
    #expect(partOf.figures.first(.budget)?.marker == .partOf)
    #expect(partOf.figures.first(.budget)?.amountJPY == 700_000_000)
    #expect(partOf.figures.first(.budget)?.countsTowardTotal == false)
    let bracket = try #require(Support.item("2.(3)"))
    #expect(bracket.figures.first(.budget)?.marker == .bracketed)
    let counted = try #require(Support.item("10.(1)"))
    #expect(counted.figures.first(.budget)?.amountJPY == 310_000_000)
    #expect(counted.figures.first(.budget)?.countsTowardTotal == true)
    let newItem = try #require(Support.item("17.(3)"))
    #expect(newItem.isNew)
    #expect(newItem.figures.first(.priorInitial)?.amountJPY == nil)
  }

  @Test func expenses() throws {
    let tiny = try #require(doc.expenses.first { $0.span.line == 672 })
    #expect(tiny.figures.first(.budget)?.amountJPY == 5_000_000)
    #expect(tiny.itemId == "c3-9-1" && tiny.id == "c3-9-1-e2")
    let suppOnly = try #require(doc.expenses.first { $0.span.line == 250 })
    #expect(suppOnly.figures.count == 1)
    let supp = try #require(suppOnly.figures.first(.priorSupplementary))
    #expect(
      supp.amountJPY == 1_020_000_000 && supp.fiscalYear == 2023 && supp.fiscalYearLabel == "令和5年度")
    #expect(supp.countsTowardTotal)
    let later = try #require(doc.expenses.first { $0.span.line == 645 })
    #expect(later.figures.first(.budget)?.marker == .partOf)
    #expect(later.figures.first(.priorSupplementary)?.amountJPY == 10_000_000)
    let reposted = try #require(doc.expenses.first { $0.span.line == 892 })
    #expect(reposted.figures.first(.budget)?.marker == .reposted)
    #expect(reposted.figures.first(.budget)?.countsTowardTotal == false)
    let new = try #require(doc.expenses.first { $0.span.line == 527 })
    #expect(new.isNew && new.figures.first(.budget)?.amountJPY == 400_000_000)
  }

  @Test func summaryAndFilp() throws {
    let total = try #require(doc.summary.first { $0.id == "s1-total" })
    #expect(
      total.figures.map(\.amountJPY) == [18_210_700_000_000, 16_862_500_000_000, 1_348_200_000_000])
    #expect(total.figures.map(\.measure) == [.budget, .priorInitial, .change])
    let row = try #require(doc.summary.first { $0.label == "一般歳出" })
    #expect(row.figures.first(.change)?.amountJPY == -39_000_000_000)
    #expect(row.changeRatePercent?.description == "-8.4")
    let reconstruction = try #require(doc.summary.first { $0.id == "s2-total" })
    #expect(reconstruction.figures.first(.budget)?.amountJPY == 57_300_000_000)
    #expect(doc.filp.map(\.label) == ["産業投資", "政府保証"])
    #expect(doc.filp.map(\.figure.amountJPY) == [36_000_000_000, 24_000_000_000])
    #expect(doc.filp.allSatisfy { $0.figure.measure == .filp && $0.figure.fiscalYear == 2024 })
  }

  /// The document's real inconsistencies, and nothing else.
  @Test func reconciliationFindings() {
    let warnings = doc.findings.filter { $0.severity == .warning }
    #expect(warnings.map(\.code) == [.missingHeading])
    #expect(warnings.first?.subjectId == "c5-18")
    #expect(warnings.first?.lines == [1214, 1277, 177])
    let infos = doc.findings.filter { $0.severity == .info }
    #expect(infos.count == 16)
    #expect(
      infos.filter { $0.code == .tableDifferenceRounding }.map(\.lines) == [[19], [20], [35]])
    let item8 = infos.first { $0.subjectId == "c2-8" }
    #expect(item8?.expectedJPY == 1_780_000_000 && item8?.actualJPY == 1_770_000_000)
    #expect(!doc.findings.contains { $0.code == .overviewDetailMismatch })
  }

  @Test func detailItemsUnderTheMissingHeadingLandInItem18() throws {
    let iot = try #require(Support.item("18.(1)"))
    #expect(iot.id == "c5-18-1")
    #expect(iot.figures.first(.budget)?.amountJPY == 1_840_000_000)
    #expect(iot.figures.first(.priorInitial)?.amountJPY == 1_420_000_000)
    #expect(iot.span.line == 1277 && iot.overviewSpan?.line == 183)
  }

  @Test func unknownOrganizationIsAClearError() {
    let text = "令和6年度 架空省所管予算(案)の概要\n\n令和5年12月\n\n第1 一般会計\n\n令和6年度予算額（案）\t1億円\n"
    let extracted = Extractor().extract(text: text, sourceName: "x.txt")
    #expect(
      throws: BudgetTransformError.unknownOrganization(
        source: "x.txt", line: 1, text: "令和6年度 架空省所管予算(案)の概要")
    ) {
      try Transformer(mappings: Support.mappings).transform(extracted)
    }
  }

  @Test func anotherMinistryAndYearIsAMappingChangeOnly() throws {
    let text = String(decoding: Support.sampleBytes, as: UTF8.self)
      .replacingOccurrences(of: "総務省", with: "環境省").replacingOccurrences(of: "令和6年度", with: "令和7年度")
      .replacingOccurrences(of: "令和5年度", with: "令和6年度")
    let doc = try Transformer(mappings: Support.mappings).transform(
      Extractor().extract(text: text, sourceName: "k.txt"))
    #expect(doc.info.id == "jp-kankyo-2025-proposal")
    #expect(doc.items.count == Support.sample.items.count)
  }
}

@Suite struct ItemOrderTests {
  /// Document order, parents first, the same on every run (no dictionary-order ties).
  @Test func itemsComeInDocumentOrderParentsFirst() throws {
    var seen = Set<String>()
    for item in Support.sample.items {
      if let parent = item.parentId {
        #expect(seen.contains(parent), "\(item.id) before its parent")
      }
      seen.insert(item.id)
    }
    #expect(Support.sample.items.prefix(4).map(\.id) == ["c1", "c1-1", "c1-1-1", "c1-1-2"])
    let again = try Transformer(mappings: Support.mappings).transform(
      Extractor().extract(
        bytes: Support.sampleBytes, sourceName: "Inputs/soumu-r6-yosan-an-gaiyo.txt",
        sourceSHA256: "abc"))
    #expect(again.items.map(\.id) == Support.sample.items.map(\.id))
  }
}
