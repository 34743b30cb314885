import BudgetModel

extension SummaryBuilder {
  /// `海上保安庁の同年度補正予算計上額 760億円` under `●海上保安庁令和4年度補正予算の概要`: `同年度`
  /// (the same year) is the year the heading over the amount names, read as `本年度`, only when
  /// the heading names exactly one year and it is the document's; nil otherwise (the label
  /// is then measured as before, and `同年度` places no year).
  func sameYearMeasure(_ record: AmountLineRecord) -> Measure? {
    let label = record.label.filter { $0 != " " && $0 != "\u{3000}" }
    guard label.contains("同年度"), let context = record.context,
      yearsNamed(context) == [info.fiscalYear]
    else { return nil }
    return measure(ofLine: label.replacingOccurrences(of: "同年度", with: "本年度"))
  }
}
