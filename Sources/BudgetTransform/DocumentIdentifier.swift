import BudgetModel
import Foundation

/// Identifies a document from its content: organization, fiscal year, phase, publication
/// month, stated unit, and the document id built from them.
struct DocumentIdentifier {
  var mappings: MappingTables
  var eras: EraCalendar
  var overrides = IdentityOverrides()

  func identify(_ extracted: ExtractedDocument) throws -> DocumentInfo {
    let titles = extracted.titles
    let named = titleOrganization(titles)
    guard
      let titleRecord = named?.0 ?? titles.first
        ?? (overrides.isEmpty ? nil : TextRecord(text: "", span: SourceSpan(line: 1)))
    else {
      throw BudgetTransformError.unknownOrganization(
        source: extracted.sourceName, line: 1, text: "(no title)")
    }
    let title = continued(titleRecord, in: titles)
    guard
      let organization = try overriddenOrganization(extracted) ?? named?.1
        ?? headlineOrganization(extracted) ?? totalRowOrganization(extracted)
    else {
      throw BudgetTransformError.unknownOrganization(
        source: extracted.sourceName, line: titleRecord.span.line, text: title)
    }
    // The year and stage from the title that names the organization, else from the other
    // titles, in order; a stage marker anywhere before the default stage.
    // A title naming several years (`平成23~25年度(平成23年度決算額を含む)`) gives neither the
    // year nor the stage: which one the document is about is not certain.
    // Each other title with the title lines that continue it (`平成27年度総務・地方財政、` /
    // `財 務 係 関 係 予 算 の ポ イ ン ト`).
    let others = titles.map { continued($0, in: titles) }.filter { $0 != title }
    let texts = withHeadlineTitle(extracted, [title] + others)
    let dated = withoutPriorSupplementary(title)
    let year = try fiscalYear(in: texts, title: title, of: extracted)
    guard
      let (phase, phaseLabel) = try overriddenPhase(extracted)
        ?? phase(
          in: texts, title: namesSeveralYears(dated) ? "" : dated, tables: extracted.summaryTables,
          year: year.year)
        ?? planPhase(organization) ?? headlineStage(extracted, title: dated, year: year.year)
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
      id: "jp-\(organization.code)-\(year.year)-\(phase.idPart)", title: title,
      organization: organization,
      fiscalYear: year.year, fiscalYearLabel: year.label, priorFiscalYear: year.year - 1,
      priorFiscalYearLabel: fiscalYearLabel(year.year - 1), phase: phase, phaseLabel: phaseLabel,
      publicationMonth: publicationMonth, publicationLabel: extracted.publication?.text,
      sourceFile: fileName,
      sourceSHA256: extracted.sourceSHA256, statedUnit: statedUnit)
  }

  /// The fiscal year the first title printing one names (a headline total that names the
  /// budget of one year counts as a title), else a confirmed table's caption, or `--fiscal-year`.
  func fiscalYear(in texts: [String], title: String, of extracted: ExtractedDocument) throws -> (
    year: Int, label: String
  ) {
    // The title itself, else a title that names the budget (`令和5年度農林水産関係予算のポイント`),
    // never a line that only happens to print a year (`令和4年度` over a column of figures).
    let naming = ["予算", "概要", "ポイント", "要求", "補正", "総括", "について", "決算"]
    // Or a text that names the year of what the title names (`平成29年度の皇室費` under
    // `皇室費`, `namesYearOfTitle`), when every such text names the same year.
    let titledYears = Set(
      texts.dropFirst().filter { namesYearOfTitle($0, title: texts[0]) }.compactMap {
        eras.matches(in: $0).first?.year
      })
    let titles = texts.enumerated().filter { k, text in
      k == 0 || naming.contains(where: text.filter { $0 != " " && $0 != "\u{3000}" }.contains)
        || (titledYears.count == 1 && namesYearOfTitle(text, title: texts[0]))
    }.map(\.element).filter { !Self.namesYearsSince($0) }.map { self.withPairedEraYear($0) }
    let printedYear = titles.lazy.compactMap {
      self.eras.matches(in: $0).first(where: \.isFiscalYear)
    }.first
    let gregorian = printedYear == nil ? Self.gregorianFiscalYear(in: titles) : nil
    // No title prints one (a headline naming the budget of one year is among `texts`, see
    // `withHeadlineTitle`): a table's caption, when the table confirms it.
    let stated =
      printedYear
      ?? (gregorian == nil && overrides.fiscalYear == nil
        ? captionFiscalYear(extracted) ?? comparedTableYear(extracted, titles: texts) : nil)
    guard let value = overrides.fiscalYear ?? stated?.year ?? gregorian else {
      throw BudgetTransformError.missingFiscalYear(source: extracted.sourceName, text: title)
    }
    return (value, stated?.year == value ? stated!.label : fiscalYearLabel(value))
  }

  /// Whether a title names a range (`平成23~25年度`) or two different fiscal years.
  func namesSeveralYears(_ text: String) -> Bool {
    let years = Set(eras.matches(in: text).filter(\.isFiscalYear).map(\.year))
    return years.count > 1 || ("~～〜".contains(where: text.contains) && text.contains("年度"))
  }

  /// `平成17年度以降,裁判所の当初予算`: a fiscal year followed by `以降` or `以来` names every
  /// year since it (a series), not the document's year; the stage it names is every such
  /// year's, the document's too.
  static func namesYearsSince(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    return ["年度以降", "年度以来"].contains(where: compact.contains)
  }

  /// The title with the title lines printed right below it that continue it (`令和2年度総務省
  /// 所管予算` / `概 算 要 求 の 概 要`): each within two lines of the one before, printing no
  /// year or date of its own (`令和元年8月` is the publication, not the title).
  func continued(_ record: TextRecord, in titles: [TextRecord]) -> String {
    var text = record.text
    var end = record.span.endLine
    for next in titles where next.span.line > end {
      guard next.span.line <= end + 2, eras.matches(in: next.text).isEmpty else { break }
      text += " " + next.text
      end = next.span.endLine
    }
    // `令和2年度` / `国 土 交 通 省 関 係` / `第3次補正予算の概要`: a line above that prints only the
    // fiscal year begins the title.
    if let above = titles.last(where: { $0.span.endLine < record.span.line }),
      above.span.endLine >= record.span.line - 2,
      let year = eras.matches(in: above.text).first, year.isFiscalYear,
      above.text.filter({ $0 != " " && $0 != "\u{3000}" }).count <= year.label.count + 1
    {
      text = above.text + " " + text
    }
    return text
  }

  /// The phase a marker of `Mappings/phases.tsv` names in the titles; the default row only
  /// for the title that names the organization.
  func phase(in texts: [String], title: String, tables: [SummaryTableRecord], year: Int)
    -> (BudgetPhase, String)?
  {
    let marked = mappings.phases.filter { !$0.marker.isEmpty }
    let fallback = mappings.phases.filter { $0.marker.isEmpty }
    let printed = Self.withoutComparisons(title.filter { $0 != " " && $0 != "\u{3000}" })
    if Self.namesUnplacedStage(printed) { return nil }
    if let found = markedPhase(in: texts, title: title, marked: marked) { return found }
    if let found = yearStageLine(in: texts, title: title, marked: marked) { return found }
    // No title prints a stage: the stage the tables' headers give the budget year's column
    // (`令和6年度予算案`), when they all give one; else the default row.
    if let stage = tableStage(tables, year: year),
      let (phase, _) = marked.lazy.compactMap({ $0.match(in: stage) }).first
    {
      return (phase, "")
    }
    // The default row names a ministry's own overview printed without a stage (`令和6年度
    // 総務省所管予算の概要`: the enacted budget, the draft being `予算(案)の概要`). Other titles
    // without a stage (`…関係予算のポイント`, published for the draft and kept after enactment)
    // give no stage to default: `--phase` is asked for.
    let compact = title.filter { $0 != " " && $0 != "\u{3000}" }
    guard compact.contains("予算の概要") || compact.contains("予算概要") else { return nil }
    return fallback.lazy.compactMap { $0.match(in: title) }.first
  }

  /// A marker of `phases.tsv` for the one stage the tables print for `year`'s columns.
  func tableStage(_ tables: [SummaryTableRecord], year: Int) -> String? {
    var stages = Set<ColumnMeaning.Stage>()
    for meaning in tables.flatMap({ $0.meanings ?? [] }) where meaning.kind == .amount {
      if Self.isYearlessSettled(meaning) { stages.insert(.settlement) }
      guard let label = meaning.fiscalYearLabel, let stage = meaning.stage else { continue }
      let printed = eras.matches(in: label).first?.year
      let bare = Int(label.prefix { ("0"..."9").contains($0) })
      let sameYear =
        printed == year || label == "本年度"
        || (printed == nil && bare != nil && eras.eras.values.contains { $0 + bare! - 1 == year })
      if sameYear { stages.insert(stage) }
    }
    guard stages.count == 1, let stage = stages.first else { return nil }
    switch stage {
    case .request: return "概算要求"
    case .proposal: return "予算案"
    case .supplementary: return "補正"
    case .initial: return "当初"
    case .settlement: return "決算"
    default: return nil
    }
  }

  func markedPhase(in texts: [String], title: String, marked: [PhaseRule]) -> (BudgetPhase, String)?
  {
    // A title that prints its fiscal year is the whole title: its stage (or the default) is
    // the document's. A title cut over lines (`令和2年度` / `国土交通省関係` / `第3次補正…`)
    // is completed by the other titles.
    let whole = eras.matches(in: title).contains(where: \.isFiscalYear)
    let compact = (whole ? [title] : texts).map {
      Self.withoutComparisons($0.filter { $0 != " " && $0 != "\u{3000}" })
    }
    // `令和7年度当初予算の執行状況` (a line above the title naming the organization): its
    // `当初` is no stage of the document (hunt5).
    .filter { !Self.joinsBudgetAndSupplementary($0) && !Self.namesUnplacedStage($0) }
    return compact.lazy.compactMap { text in marked.lazy.compactMap { $0.match(in: text) }.first }
      .first
  }

  /// `令和7年度予算案 (前年度補正後予算との比較)`: parentheses that name what the figures are
  /// compared with name no stage of the document; they are left out before the markers are
  /// looked for.
  static func withoutComparisons(_ compact: String) -> String {
    var result = ""
    var group = ""
    var depth = 0
    for character in compact {
      if "(（".contains(character) { depth += 1 }
      if depth > 0 { group.append(character) } else { result.append(character) }
      if ")）".contains(character), depth > 0 {
        depth -= 1
        if depth == 0 {
          if !["比較", "との比", "対比"].contains(where: group.contains) { result += group }
          group = ""
        }
      }
    }
    return result + group
  }

  /// `補正後予算`, `(補正予算後)`, `暫定予算`, `決算見込み`: the budget as amended by a
  /// supplement, a provisional budget, an estimate of the settlement: no phase of `Mappings/phases.tsv` is theirs (the `補正` and `当初`
  /// markers would make one a supplementary budget's or the enacted budget's), so `--phase`
  /// is asked for.
  static func namesUnplacedStage(_ compact: String) -> Bool {
    ["補正後", "補正予算後", "暫定予算", "決算見込", "執行状況", "執行実績"].contains(where: compact.contains)
  }

  /// `2019年度予算と補正予算合わせ20%増`, `補正予算と令和7年度予算`: a year's budget with no stage
  /// word joined to a supplementary budget; the text names two budgets, and `補正` is not the
  /// document's stage (blind set P: kokudo-h31 was taken for a supplementary budget's
  /// document). `補正予算・平成27年度予算案` names both stages and is left to the markers.
  static func joinsBudgetAndSupplementary(_ compact: String) -> Bool {
    let joins = ["と", "及び", "および", "・", "、", "並びに", "や"]
    if joins.contains(where: { compact.contains("年度予算\($0)補正") }) { return true }
    for join in joins {
      guard let range = compact.range(of: "補正予算\(join)") else { continue }
      let rest = compact[range.upperBound...]
      if let budget = rest.range(of: "年度予算"),
        !rest[budget.upperBound...].hasPrefix("案"), !rest[budget.upperBound...].hasPrefix("(案")
      {
        return true
      }
    }
    return false
  }

  func overriddenOrganization(_ extracted: ExtractedDocument) throws -> Organization? {
    guard let code = overrides.organization else { return nil }
    guard let entry = mappings.organizations.first(where: { $0.organization.code == code }) else {
      throw BudgetTransformError.unknownOrganization(
        source: extracted.sourceName, line: 1, text: "--organization \(code)")
    }
    return entry.organization
  }

  func overriddenPhase(_ extracted: ExtractedDocument) throws -> (BudgetPhase, String)? {
    guard let stated = overrides.phase else { return nil }
    // `supplementary-2-request`: a request for that stage's budget (a row whose amounts are
    // requests); `supplementary-2` is only the budget itself.
    let requested = stated.hasSuffix("-request")
    let code = requested ? String(stated.dropLast("-request".count)) : stated
    for rule in mappings.phases where rule.phase.isRequested == requested {
      let template = rule.phase.code
      if template == code { return (rule.phase, "") }
      if let range = template.range(of: "{n}"), code.hasPrefix(template[..<range.lowerBound]),
        let n = Int(
          code.dropFirst(template.distance(from: template.startIndex, to: range.lowerBound))),
        let (phase, _) = rule.match(
          in: rule.marker.replacingOccurrences(of: "{n}", with: String(n)))
      {
        return (phase, "")
      }
    }
    throw BudgetTransformError.unknownPhase(
      source: extracted.sourceName, line: 1, text: "--phase \(stated)")
  }

  /// The organization whose longest alias occurs in the text.
  func organization(in printed: String) -> Organization? {
    // Justified titles print spaces between characters (`国 土 交 通 省`).
    // NFKC: `厚⽣労働省` printed with a Kangxi radical is `厚生労働省`.
    let text = printed.precomposedStringWithCompatibilityMapping.filter {
      $0 != " " && $0 != "\u{3000}"
    }
    // Every organization named, by its longest alias found, with where that alias ends.
    var named: [String: (organization: Organization, length: Int, end: String.Index)] = [:]
    // An alias can only occur if every one of its characters does: a set lookup (by
    // `Character` equality, as the search compares) rules out nearly every alias before the
    // search runs.
    let characters = Set(text)
    // The plan is named by its own title only (`planOrganization`).
    for entry in mappings.organizations where entry.organization.code != Self.planCode {
      // The standard library's search (by characters, as Foundation's `contains` compares,
      // without bridging to `NSString`).
      for alias in entry.aliases.flatMap(Self.stageForms)
      where alias.allSatisfy(characters.contains) {
        guard let range = text.firstRange(of: alias) else { continue }
        let code = entry.organization.code
        if named[code] == nil || alias.count > named[code]!.length {
          named[code] = (entry.organization, alias.count, range.upperBound)
        }
      }
    }
    // An alias inside a longer one (`内閣` in `内閣府`) names the longer one's organization.
    let all = named.values.sorted { $0.organization.code < $1.organization.code }
    let found = all.filter { short in
      !all.contains { long in
        long.length > short.length && long.organization.nameJa != short.organization.nameJa
          && long.organization.nameJa.contains(short.organization.nameJa)
      }
    }
    // One name in a list of several (`内閣、復興、外務・経済協力係関係予算`): not the one.
    if found.count == 1, text[found[0].end...].hasPrefix("、") { return nil }
    if found.count == 1 { return found[0].organization }
    // Several: the one the text is about (`厚生労働省関係予算`, `総務省所管`), else none — the
    // title names several organizations and `--organization` must say which.
    let about = found.filter {
      (text[$0.end...].hasPrefix("関係") || text[$0.end...].hasPrefix("所管"))
        && !Self.endsList(text, end: $0.end, length: $0.length, ends: found.map(\.end))
    }
    return about.count == 1 ? about[0].organization : nil
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
    // A handful of units per document: counted in a short list compared by `==` (small
    // strings), each looked up in the mapping table once, rather than hashed per figure.
    var counts: [(unit: String, count: Int)] = []
    var mapped: [(unit: String, known: Bool)] = []
    func add(_ unit: String) {
      if let k = counts.firstIndex(where: { $0.unit == unit }) {
        counts[k].count += 1
      } else {
        counts.append((unit, 1))
      }
    }
    func count(_ figure: PrintedFigure?) {
      for part in figure?.amount?.parts ?? [] {
        guard let unit = part.unit else { continue }
        let known =
          mapped.first { $0.unit == unit }?.known
          ?? {
            let known = mappings.units[unit] != nil
            mapped.append((unit, known))
            return known
          }()
        if known { add(unit) }
      }
    }
    for records in [extracted.overview, extracted.details] {
      for r in records {
        count(r.amount)
        count(r.prior)
      }
    }
    for e in extracted.expenses {
      count(e.amount)
      count(e.supplementary)
    }
    for t in extracted.summaryTables {
      if let u = t.unit { add(u) }
      // A table whose cells print their unit (`1兆6,965億円`) states it in every cell.
      for row in t.rows { row.cells.forEach(count) }
    }
    for a in extracted.amountLines {
      count(a.amount)
      count(a.prior)
    }
    guard let best = counts.max(by: { ($0.count, $1.unit) < ($1.count, $0.unit) }) else {
      throw BudgetTransformError.noStatedUnit(source: extracted.sourceName)
    }
    return best.unit
  }
}
