import BudgetModel

extension GenericReader {
  // MARK: a long column of row labels

  /// How many row labels may wait for their cells before a table ends. A table continued
  /// column by column prints all its row labels first (`公共事業` … `合計`, national-h11-oda
  /// lines 31-36), then each column's cells one per line: up to 12 labels wait when every one
  /// is a short label (no figure, no note, no sentence, no header word) under a header of three
  /// columns or more; otherwise 4, as before. The labels are read only when the cells after them
  /// are confirmed column by column (`ColumnOrder`); a labelled row that comes instead ends the
  /// table (`endsLabelColumn`).
  func labelLimit(_ table: TableDraft, adding text: String) -> Int {
    if table.readsColumns { return 12 }
    guard table.meanings.count >= 3,
      (table.pendingLabel.map(\.text) + [text]).allSatisfy(Self.isShortRowLabel)
    else { return 4 }
    return 12
  }

  static func isShortRowLabel(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    return !compact.isEmpty && compact.count <= 16 && !holdsFigure(text) && !isNote(text)
      && !opensHeader(text) && !compact.contains("。") && !compact.contains("、")
      && !compact.contains(where: \.isASCIIDigitCharacter)
  }

  /// Whether more labels wait than a table takes before a row of its own (the limit of 4
  /// raised for a column of labels): the row after them is not their cells, so the table ends
  /// as it ended before the labels were kept.
  func endsLabelColumn(_ table: TableDraft) -> Bool {
    !table.readsColumns && !table.replaying && table.pendingLabel.count > 4
  }
}
