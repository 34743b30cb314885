import BudgetModel

extension GenericReader {
  /// The labels printed after a stack for rows with none (`readUnitHeaderStacks`), once the
  /// total has its label (norin-h29-rinya-gaisan-sokatsu: `治山事業費` / `非公共事業費` / `合計`
  /// after the figures). A label `非` + W names the complement of the row labelled W within
  /// their parent: when the rows above the total form exactly two top-level subtrees (they add
  /// up to the total in every amount column), one labelled W (`公共事業費`) and one with no
  /// label, and `非W` is one of the labels left, that row is `非W` (公共 + 非公共 = 合計).
  /// Then, and only when one row and one label are left, they are paired; otherwise the rows
  /// stay unlabelled (reported).
  /// More than two rows without a label: the last (the total the sums prove) takes the last
  /// label, then the complement as below.
  static func pairTotalAndComplement(
    _ groups: inout [StackGroup], _ labels: [(text: String, line: Int)],
    meanings: [ColumnMeaning]
  ) {
    guard let last = groups.indices.last(where: { groups[$0].label.isEmpty }),
      let total = labels.last
    else { return }
    groups[last].label = [total]
    pairComplement(&groups, Array(labels.dropLast()), meanings: meanings)
  }

  static func pairComplement(
    _ groups: inout [StackGroup], _ labels: [(text: String, line: Int)],
    meanings: [ColumnMeaning]
  ) {
    let columns = meanings.indices.filter { meanings[$0].kind == .amount }
    let rows = groups.map(\.cells)
    let last = rows.count - 1
    guard !columns.isEmpty, last >= 2 else { return }
    var top: [Int] = []
    var i = 0
    while i < last {
      top.append(i)
      i = subtreeEnd(i, rows, end: last, columns: columns)
    }
    guard top.count == 2, sumsTo(top.map { rows[$0] }, rows[last], columns: columns) else {
      return
    }
    let compact: (String) -> String = { $0.filter { $0 != " " && $0 != "\u{3000}" } }
    let named = top.filter { !groups[$0].label.isEmpty }
    let bare = top.filter { groups[$0].label.isEmpty }
    guard named.count == 1, bare.count == 1,
      case let word = compact(joinLabel(groups[named[0]].label.map(\.text))), !word.isEmpty
    else { return }
    let complements = labels.indices.filter { compact(labels[$0].text) == "非" + word }
    guard complements.count == 1, let complement = complements.first else { return }
    groups[bare[0]].label = [labels[complement]]
    let left = labels.indices.filter { $0 != complement }
    let unlabelled = groups.indices.filter { groups[$0].label.isEmpty }
    if left.count == 1, unlabelled.count == 1 {
      groups[unlabelled[0]].label = [labels[left[0]]]
    }
  }
}
