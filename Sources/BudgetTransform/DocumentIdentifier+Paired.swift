import BudgetModel

extension DocumentIdentifier {
  /// `平成26年度補正予算・平成27年度予算案について`: a title that pairs the prior year's
  /// supplementary budget with the budget year's (the two are passed together) is about the
  /// later year and its stage; the earlier year's part names the figures marked 補正 in it, not
  /// the document. The text without that part; the text as it is for any other title (two
  /// years that are not one apart, or the earlier one not a supplementary budget, still name
  /// several years).
  func withoutPriorSupplementary(_ text: String) -> String {
    var compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    let matches = eras.matches(in: compact).filter(\.isFiscalYear)
    let years = Set(matches.map(\.year))
    guard years.count == 2, let later = years.max(), years.contains(later - 1) else { return text }
    func stage(after label: String) -> Substring? {
      compact.range(of: label).map { compact[$0.upperBound...] }
    }
    for match in matches where match.year == later {
      guard let rest = stage(after: match.label), !rest.hasPrefix("補正") else { return text }
    }
    for match in Set(matches.filter { $0.year == later - 1 }.map(\.label)) {
      while let start = compact.range(of: match) {
        var end = start.upperBound
        guard compact[end...].hasPrefix("補正予算") else { return text }
        end = compact.index(end, offsetBy: 4)
        if compact[end...].hasPrefix("案") { end = compact.index(after: end) }
        for separator in ["・", "及び", "と", "、", "並びに"] where compact[end...].hasPrefix(separator) {
          end = compact.index(end, offsetBy: separator.count)
          break
        }
        compact.removeSubrange(start.lowerBound..<end)
      }
    }
    return compact
  }
}
