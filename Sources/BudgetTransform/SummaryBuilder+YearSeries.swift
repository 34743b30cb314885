import BudgetModel

extension SummaryBuilder {
  /// A year series: three or more amount lines in a row (on one line or consecutive lines),
  /// each labelled by one fiscal year and nothing else (`平成30年度(2018年度)`, a chain's
  /// `平成17年度`), the years one apart and all in one direction, none after the budget year.
  /// Each amount is its year's. The schema has a measure for any year's initial budget, so a
  /// year that is neither the budget year nor the prior year is read as `initial` when the
  /// series' stage is certain: the words above it name `当初` and no other stage, or they name
  /// none, the document is an enacted budget's and the series holds the budget year's and the
  /// prior year's rows (read as the enacted budget and its prior year's initial budget, so the
  /// series is the initial budget of each year). Otherwise those years stay reported. In a
  /// request's, a supplementary budget's or a settlement's document the budget year's row is
  /// reported too. Returns the record index → year and printed year of the lines to read so
  /// (year 0: reported).
  func yearSeriesInitials(_ lines: [AmountLineRecord]) -> [Int: (year: Int, label: String)] {
    var result: [Int: (year: Int, label: String)] = [:]
    var run: [(k: Int, year: Int, label: String)] = []
    func close() {
      defer { run = [] }
      guard run.count >= 3, run.allSatisfy({ $0.year <= info.fiscalYear }) else { return }
      // In a request's, a supplementary budget's or a settlement's document, a series' budget
      // year row is a figure of the series' stage, not certainly the document's: reported
      // (year 0).
      let stage = ColumnMeasure(info: info, eras: eras).documentStage
      if stage != .initial, stage != .proposal {
        for item in run where item.year == info.fiscalYear { result[item.k] = (0, item.label) }
      }
      guard seriesIsInitial(run.map { lines[$0.k] }, years: run.map(\.year)) else { return }
      for item in run where measure(of: lines[item.k]) == nil {
        result[item.k] = (item.year, item.label)
      }
    }
    for (k, record) in lines.enumerated() {
      guard record.prior == nil, record.change == nil, record.supplementary == nil,
        record.isPart != true, let (year, label) = seriesYear(record.label)
      else {
        close()
        continue
      }
      if let last = run.last {
        let step = year - last.year
        let direction = run.count >= 2 ? run[1].year - run[0].year : step
        let gap = record.span.line - lines[last.k].span.line
        if abs(step) != 1 || step != direction || !(0...1).contains(gap) { close() }
      }
      run.append((k, year, label))
    }
    close()
    return result
  }

  /// Whether a series' stage is certain to be the initial budget (see `yearSeriesInitials`).
  func seriesIsInitial(_ records: [AmountLineRecord], years: [Int]) -> Bool {
    // `執行額の推移`, `現行予算`: amounts of the execution or the budget in force (branch hunt3).
    if records.contains(where: { namesOtherAmountAbove($0.context) }) { return false }
    let stages = Set(records.flatMap { ColumnMeaning.Stage.named(in: $0.context ?? "") })
    if !stages.isEmpty { return stages == [.initial] }
    return ColumnMeasure(info: info, eras: eras).documentStage == .initial
      && years.contains(info.fiscalYear) && years.contains(info.fiscalYear - 1)
  }

  /// The fiscal year a label names when it is that year alone: `平成30年度`, `令和 2年度`,
  /// `30年度`, perhaps with its Western year in parentheses (`(2018年度)`, `(2018)`), which
  /// must be the same year; nil for anything else.
  func seriesYear(_ label: String) -> (Int, String)? {
    var text = label.filter { $0 != " " && $0 != "\u{3000}" }
    var western: Int?
    if text.hasSuffix(")"), let open = text.lastIndex(of: "(") {
      var inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
      if inner.hasSuffix("年度") { inner = inner.dropLast(2) }
      guard inner.count == 4, let printed = Int(inner) else { return nil }
      western = printed
      text = String(text[..<open])
    }
    var core = Substring(text)
    for era in ["令和", "平成", "昭和"] where core.hasPrefix(era) { core = core.dropFirst(era.count) }
    guard core.hasSuffix("年度") else { return nil }
    let digits = core.dropLast(2)
    guard
      digits == "元"
        || (1...2).contains(digits.count) && digits.allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    let years = yearsNamed(text)
    guard years.count == 1, let year = years.first, year > 0, western == nil || western == year
    else { return nil }
    return (year, text)
  }

  /// A year series' amount read as its year's initial budget (`yearSeriesInitials`); year 0:
  /// the budget year's initial budget in another stage's document, reported.
  func addSeriesInitial(
    _ record: AmountLineRecord, number k: Int, year: (year: Int, label: String),
    to result: inout Result
  ) throws {
    guard year.year > 0 else {
      result.findings.append(
        Finding.notExported(
          "\(record.label): the budget year's initial budget in a series, in a document of another stage; not exported",
          lines: [record.span.line]))
      return
    }
    var figure = try builder.figure(record.amount, measure: .initial, line: record.span.line)
    figure.fiscalYear = year.year
    figure.fiscalYearLabel = year.label
    let id = result.reserve("h\(k + 1)", lines: [record.span.line], what: "amount line")
    result.entries.append(
      SummaryEntry(
        id: id, kind: .headline, section: 1, sectionTitle: record.label,
        label: record.label, figures: [figure], changeRatePercent: nil, span: record.span))
    result.printed[id] = [record.amount]
  }
}
