/// Labels of amount lines that name something other than a budget of one year and stage
/// (branch hunt: variants of fixture lines that exported a wrong figure).
extension SummaryBuilder {
  /// `(前年度当初比 +639億円)`, `前年度当初予算比 ▲5億円`: an amount printed after `比` (against)
  /// is the difference from what the words name, not that year's amount.
  static func namesComparison(_ label: String) -> Bool {
    label.hasSuffix("比") || label.hasSuffix("比:") || label.hasSuffix("比：")
  }
}
