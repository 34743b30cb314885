import BudgetModel

extension RunTogether {
  /// `利払費相当分 85,03673,024▲12,011203,617413,526209,909`: a run of figures that no split
  /// into one row explains, but exactly one split into two rows does (each row's own
  /// arithmetic holds: 73,024 − 85,036 = ▲12,011 within rounding, 413,526 − 203,617 =
  /// 209,909): the row whose label was printed before the figures, and a second row whose
  /// label the conversion lost. The first row is read; the second is returned to be reported.
  /// Every split is enumerated (a search cut short by its limit takes none).
  static func rowBeforeLostLabel(
    _ figures: String, _ meanings: [ColumnMeaning], line: Int, parser: FigureParser
  ) -> [CellToken]? {
    let count = meanings.count
    let all = splits(figures, into: 2 * count, line: line, parser: parser)
    guard !all.isEmpty, all.count < 8 else { return nil }
    let explained = all.filter {
      explains(meanings, Array($0.prefix(count))) && explains(meanings, Array($0.suffix(count)))
    }
    guard explained.count == 1 else { return nil }
    return Array(explained[0].prefix(count))
  }
}
