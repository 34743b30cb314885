import BudgetModel

/// Identifies a document from its content: organization, fiscal year, phase, publication
/// month, stated unit, and the document id built from them.
struct DocumentIdentifier {
  var mappings: MappingTables
  var eras: EraCalendar

  func identify(_ extracted: ExtractedDocument) throws -> DocumentInfo {
    let titles = extracted.titles
    // The first title naming an organization, searched once per title.
    let named = titles.lazy.compactMap { title in
      self.organization(in: title.text).map { (title, $0) }
    }.first
    guard let titleRecord = named?.0 ?? titles.first else {
      throw BudgetTransformError.unknownOrganization(
        source: extracted.sourceName, line: 1, text: "(no title)")
    }
    let title = titleRecord.text
    guard let organization = named?.1 else {
      throw BudgetTransformError.unknownOrganization(
        source: extracted.sourceName, line: titleRecord.span.line, text: title)
    }
    guard let year = eras.matches(in: title).first(where: \.isFiscalYear) else {
      throw BudgetTransformError.missingFiscalYear(source: extracted.sourceName, text: title)
    }
    guard let (phase, phaseLabel) = mappings.phases.lazy.compactMap({ $0.match(in: title) }).first
    else {
      throw BudgetTransformError.unknownPhase(
        source: extracted.sourceName, line: titleRecord.span.line, text: title)
    }
    var publicationMonth: String?
    if let publication = extracted.publication,
      let match = eras.matches(in: publication.text).first, let month = match.month
    {
      publicationMonth = "\(match.year)-\(month < 10 ? "0" : "")\(month)"
    }
    let statedUnit = try self.statedUnit(extracted)
    let fileName =
      extracted.sourceName == "-"
      ? "stdin" : String(extracted.sourceName.split(separator: "/").last ?? "")
    return DocumentInfo(
      id: "jp-\(organization.code)-\(year.year)-\(phase.code)", title: title,
      organization: organization,
      fiscalYear: year.year, fiscalYearLabel: year.label, priorFiscalYear: year.year - 1,
      priorFiscalYearLabel: fiscalYearLabel(year.year - 1), phase: phase, phaseLabel: phaseLabel,
      publicationMonth: publicationMonth, publicationLabel: extracted.publication?.text,
      sourceFile: fileName,
      sourceSHA256: extracted.sourceSHA256, statedUnit: statedUnit)
  }

  /// The organization whose longest alias occurs in the text.
  func organization(in text: String) -> Organization? {
    var best: (Organization, Int)?
    // An alias can only occur if every one of its characters does: a set lookup (by
    // `Character` equality, as the search compares) rules out nearly every alias before the
    // search runs.
    let characters = Set(text)
    for entry in mappings.organizations {
      // The standard library's search (by characters, as Foundation's `contains` compares,
      // without bridging to `NSString`).
      for alias in entry.aliases
      where alias.allSatisfy(characters.contains) && text.firstRange(of: alias) != nil {
        if best == nil || alias.count > best!.1 { best = (entry.organization, alias.count) }
      }
    }
    return best?.0
  }

  /// The era label of a Gregorian fiscal year, e.g. 2023 → `令和5年度`.
  func fiscalYearLabel(_ year: Int) -> String {
    guard let (era, first) = eras.eras.filter({ $0.value <= year }).max(by: { $0.value < $1.value })
    else {
      return "\(year)年度"
    }
    let n = year - first + 1
    return "\(era)\(n == 1 ? "元" : String(n))年度"
  }

  /// The unit most figures print (the unit of the bare ones).
  func statedUnit(_ extracted: ExtractedDocument) throws -> String {
    var counts: [String: Int] = [:]
    func count(_ figure: PrintedFigure?) {
      for part in figure?.amount?.parts ?? [] {
        if let unit = part.unit, mappings.units[unit] != nil { counts[unit, default: 0] += 1 }
      }
    }
    for r in extracted.overview + extracted.details {
      count(r.amount)
      count(r.prior)
    }
    for e in extracted.expenses {
      count(e.amount)
      count(e.supplementary)
    }
    for t in extracted.summaryTables { if let u = t.unit { counts[u, default: 0] += 1 } }
    guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
      throw BudgetTransformError.noStatedUnit(source: extracted.sourceName)
    }
    return best.key
  }
}
