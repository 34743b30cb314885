import BudgetModel

extension GenericReader {
  /// An item of a list of bare amounts with their change (`ChangeItem.parse`), kept until the
  /// list's own arithmetic is checked (`checkChangeItems`).
  struct PendingChangeItem {
    var line: Line
    var text: String
    var mark: String
    var amount: Int64
    var change: Int64
  }

  /// `1.裁判事務処理態勢の充実 31,199(前年比 +20,337)` under `(単位 : 百万円)`, or
  /// `○ 裁判手続等のデジタル化関連経費` / `25,715(前年比 +20,134)`: an item marked as a list
  /// entry, its amount a bare number and its change against the prior year named in
  /// parentheses. The numbers take the unit stated above the list. They are kept only when
  /// the list's items and sub-items add up (`checkChangeItems`). True when the line was taken.
  mutating func acceptChangeItem(_ line: Line, _ text: String) -> Bool {
    guard let unit = unitScope, let item = ChangeItem.parse(text) else { return false }
    var label = item.label
    var mark = item.label.isEmpty ? nil : ChangeItem.mark(of: item.label)
    if label.isEmpty, let previous, previous.amountCount == 0,
      previous.line.number == line.number - 1, Self.isItemLabel(previous.text)
    {
      label = previous.text
      mark = ChangeItem.mark(of: previous.text)
    }
    guard let mark, Self.isItemLabel(label) else { return false }
    let name = Self.joinLabel([ChangeItem.dropNumbering(label)])
    var record = AmountLineRecord(
      scope: .item, label: name,
      amount: PrintedFigure(
        amount: PrintedAmount(DecimalNumber(significand: item.amount, scale: 0), unit: unit),
        label: name),
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    let change = PrintedAmount(
      DecimalNumber(significand: abs(item.change), scale: 0), unit: unit,
      isNegative: item.change < 0)
    record.change = PrintedFigure(amount: change, label: item.word)
    record.changeLine = line.number
    // The words above the list name its year or stage (`令和7年度補正予算…`); a line of
    // figures no rule read (`347,933 (令和6年度は330,979+16,954 5.1%増)`) names none.
    record.context = context.flatMap { Self.holdsFigure($0) ? nil : $0 }
    amountLines.append(record)
    changeItems.append(
      PendingChangeItem(
        line: line, text: text, mark: mark, amount: item.amount, change: item.change))
    contextHasAmounts = true
    return true
  }

  /// At the end of the document: the list of change items is kept when at least one item has
  /// sub-items and every item with sub-items is their sum, amounts and changes alike, within
  /// the rounding of the printed figures (each off by less than half a unit). Otherwise the
  /// reading (unit, nesting, meaning) is not proven and every item is taken back and reported.
  mutating func checkChangeItems() {
    guard !changeItems.isEmpty else { return }
    let items = changeItems
    changeItems = []
    if ChangeItem.addsUp(items.map { ($0.mark, $0.amount, $0.change) }) {
      // A sub-item is a part of the item above it: not counted again in a total.
      let levels = ChangeItem.levels(items.map(\.mark))
      let parts = Set(items.indices.filter { levels[$0] > 0 }.map { items[$0].line.number })
      for k in amountLines.indices
      where amountLines[k].change != nil && parts.contains(amountLines[k].span.line) {
        amountLines[k].isPart = true
      }
      return
    }
    let lines = Set(items.map(\.line.number))
    amountLines.removeAll { $0.change != nil && lines.contains($0.span.line) }
    for item in items {
      report(
        item.line, text: item.text,
        why:
          "items with bare amounts and changes whose sub-items do not add up to them: their reading is not certain; not exported"
      )
    }
  }
}
