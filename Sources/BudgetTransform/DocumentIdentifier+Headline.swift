import BudgetModel
import Foundation

extension DocumentIdentifier {
  /// The organization of a document whose titles name none, as its first headline total states
  /// it (`環境庁第3次補正予算(案)額 166.3億円`): the label starts with the organization's name
  /// and goes straight on to its budget (`予算`, `補正予算`, `第3次補正予算`, `概算要求`), and no
  /// headline of the document names another organization. Otherwise nil: `--organization` must
  /// say which.
  func headlineOrganization(_ extracted: ExtractedDocument) -> Organization? {
    let headlines = extracted.amountLines.filter { $0.scope == .headline }
    guard let first = headlines.first else { return nil }
    let named = Set(headlines.compactMap { organization(in: $0.label)?.code })
    let label = first.label.filter { $0 != " " && $0 != "\u{3000}" }
    guard named.count == 1, let organization = organization(in: label),
      let entry = mappings.organizations.first(where: { $0.organization.code == organization.code })
    else { return nil }
    for alias in entry.aliases where label.hasPrefix(alias) {
      if Self.isBudgetOf(label.dropFirst(alias.count)) { return organization }
    }
    return nil
  }

  /// The fiscal year of a document whose titles print none, as its first headline total
  /// states it (`【令和5年度予算 5752億円】`): the label is a fiscal year followed straight by
  /// its budget (`予算`, `概算要求`; not a supplementary budget, which is often an earlier
  /// year's), and every headline that prints a fiscal year prints that one. Otherwise nil:
  /// `--fiscal-year` must say which.
  func headlineFiscalYear(_ extracted: ExtractedDocument) -> EraCalendar.Match? {
    let headlines = extracted.amountLines.filter { $0.scope == .headline }
    guard let first = headlines.first else { return nil }
    let label = Substring(first.label.filter { $0 != " " && $0 != "\u{3000}" && $0 != "【" })
    guard let year = eras.matches(in: String(label)).first, year.isFiscalYear,
      label.hasPrefix(year.label),
      let end = label.range(of: "年度")?.upperBound,
      ["予算", "概算要求"].contains(where: label[end...].hasPrefix), !label.contains("補正")
    else { return nil }
    let printed = Set(
      headlines.flatMap { eras.matches(in: $0.label).filter(\.isFiscalYear).map(\.year) })
    return printed == [year.year] ? year : nil
  }

  /// Whether the words name a budget right away: `予算…`, `補正予算…`, `第3次補正予算…`,
  /// `概算要求…`.
  static func isBudgetOf(_ rest: Substring) -> Bool {
    var words = rest
    if words.hasPrefix("第") {
      words = words.dropFirst()
      let digits = words.prefix { $0.isASCIIDigitCharacter }
      guard !digits.isEmpty, words.dropFirst(digits.count).hasPrefix("次") else { return false }
      words = words.dropFirst(digits.count + 1)
    }
    return ["予算", "補正予算", "概算要求"].contains { words.hasPrefix($0) }
  }
}
