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

  /// The first title naming an organization, searched once per title. A line that is nothing
  /// but an organization's name (`環 境 庁` under the date) is the issuer; it names the
  /// document's organization, except under a title of a theme across ministries
  /// (`平成11年度地球環境保全関係予算概算要求の状況について`: 環境庁 compiles every ministry's
  /// requests; the figures are not its budget), where `--organization` must say whose it is.
  func titleOrganization(_ titles: [TextRecord]) -> (TextRecord, Organization)? {
    // The titles but the issuer's line, joined (a title is often printed over two lines).
    let joined = titles.map(\.text).filter { !isIssuerLine($0) && !isIssuerOfficeLine($0) }
      .joined()
      .filter { $0 != " " && $0 != "\u{3000}" }
    let theme =
      ["関係予算", "関係概算要求"].contains(where: joined.contains)
      && organization(in: joined) == nil
    return titles.lazy.compactMap { title in
      if let plan = self.planOrganization(title.text) { return (title, plan) }
      guard let organization = self.organization(in: title.text) else { return nil }
      if theme, self.isIssuerLine(title.text) || self.isIssuerOfficeLine(title.text) {
        return nil
      }
      return (title, organization)
    }.first
  }

  /// Whether a line prints nothing but one organization's name (spaced or not).
  func isIssuerLine(_ text: String) -> Bool {
    let compact = text.precomposedStringWithCompatibilityMapping.filter {
      $0 != " " && $0 != "\u{3000}"
    }
    return mappings.organizations.contains { $0.aliases.contains(compact) }
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
