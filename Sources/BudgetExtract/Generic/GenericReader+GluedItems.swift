import BudgetModel

extension GenericReader {
  /// An item whose name is glued to its amount, under a unit statement and a legend of
  /// parentheses (`LegendItems.gluedItem`), kept until the list's arithmetic is checked.
  struct PendingGluedItem {
    var line: Line
    var text: String
    var item: LegendItems.Item
    var statement: LegendItems.Statement
    var context: String?
  }

  /// `一般会計1,528(1,455)` under `単位:億円` / `括弧内は平成14年度予算額`: kept, not exported,
  /// until the arithmetic of the list proves it (`GluedItemsProof`). True when taken.
  mutating func takeGluedItem(_ line: Line, _ statement: LegendItems.Statement) -> Bool {
    guard let item = LegendItems.gluedItem(line.normalized, legend: statement.legend) else {
      return false
    }
    gluedItems.append(
      PendingGluedItem(
        line: line, text: GenericLine.text(of: line), item: item, statement: statement,
        context: statement.context ?? headingContext))
    contextHasAmounts = true
    return true
  }

  /// The heading in force, unless it is the document's title: the title's year and stage are
  /// the document's identity (given by the options where the title's words are not its stage:
  /// `…見積りについて(概要)(案)`, a request's estimate), no heading of its own.
  var headingContext: String? {
    guard let context else { return nil }
    return titles.contains { $0.text.filter { $0 != " " && $0 != "\u{3000}" } == context }
      ? nil : context
  }

  /// The items the arithmetic proves are exported (the amount in the stated unit, the figure
  /// in parentheses labelled with the legend's words: the transform exports it only when they
  /// name the year before the document's); the others are reported.
  mutating func checkGluedItems() {
    guard !gluedItems.isEmpty else { return }
    let pending = gluedItems
    gluedItems = []
    var k = 0
    while k < pending.count {
      // One list per statement in force.
      let statement = pending[k].statement
      let end = pending[k...].firstIndex { $0.statement != statement } ?? pending.count
      let list = Array(pending[k..<end])
      let proven = GluedItemsProof.check(list.map(\.item), unit: statement.unit)
      for (item, isProven) in zip(list, proven) {
        guard isProven else {
          report(
            item.line, text: item.text,
            why:
              "a name glued to its figures that no arithmetic of the list proves (a total of its parts) is not exported"
          )
          continue
        }
        amountLines.append(gluedRecord(item))
      }
      k = end
    }
  }

  func gluedRecord(_ pending: PendingGluedItem) -> AmountLineRecord {
    let unit = pending.statement.unit
    var record = AmountLineRecord(
      scope: .item, label: pending.item.label,
      amount: PrintedFigure(
        amount: PrintedAmount(pending.item.amount, unit: unit), label: pending.item.label),
      prior: pending.item.prior.map {
        PrintedFigure(amount: PrintedAmount($0, unit: unit), label: pending.statement.legend)
      },
      span: pending.line.span)
    record.context = pending.context
    return record
  }
}
