import BudgetModel

extension ClauseProof {
  /// `文教及び科学振興費(説明文)5兆5,055億円` beside a confirmed table whose row
  /// `文教及び科学振興費` prints 55,055 (億円) in its latest year's amount column: the sentence
  /// states the table's figure, proven by the table's own arithmetic. The row's label must be
  /// the entry's (spaces aside), the amount equal to the yen, and the table must print two or
  /// more years' amounts, one of them the latest (era years or bare years, not mixed).
  static func statedByTable(_ entry: ClauseFigures.Entry, _ tables: [SummaryTableRecord]) -> Bool {
    guard let value = exact(entry.amount)?.value else { return false }
    let label = compact(entry.label)
    for table in tables where table.confirmed {
      guard let column = latestAmountColumn(table) else { continue }
      for row in table.rows where compact(row.label) == label && column < row.cells.count {
        guard var amount = row.cells[column].amount else { continue }
        if amount.parts.count == 1, amount.parts[0].unit == nil {
          amount.parts[0].unit = table.unit
        }
        if exact(amount)?.value == value { return true }
      }
    }
    return false
  }

  /// The one amount column of the latest fiscal year, when two or more name their years.
  static func latestAmountColumn(_ table: SummaryTableRecord) -> Int? {
    guard let meanings = table.meanings else { return nil }
    var years: [(column: Int, year: Int, era: Bool)] = []
    for (k, meaning) in meanings.enumerated() where meaning.kind == .amount {
      guard let label = meaning.fiscalYearLabel else { continue }
      guard let year = year(of: label) else { return nil }
      years.append((k, year.0, year.1))
    }
    guard years.count >= 2, Set(years.map(\.era)).count == 1,
      let latest = years.map(\.year).max(), years.filter({ $0.year == latest }).count == 1
    else { return nil }
    return years.first { $0.year == latest }?.column
  }

  /// `令和2年度` → (2020, true), `平成30年度` → (2018, true), `30年度` → (30, false).
  static func year(of label: String) -> (Int, Bool)? {
    let s = Array(compact(label).unicodeScalars)
    let eras: [[Unicode.Scalar]] = [Array("令和".unicodeScalars), Array("平成".unicodeScalars), []]
    guard let found = EraYear.scan(s, at: 0, eras: eras), let year = found.year else { return nil }
    switch found.era {
    case 0: return (2018 + year, true)
    case 1: return (1988 + year, true)
    default: return (year, false)
    }
  }

  static func compact(_ text: String) -> String {
    text.filter { $0 != " " && $0 != "\u{3000}" }
  }
}
