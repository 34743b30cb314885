import BudgetModel

/// A table printed one cell per line whose header prints each column's unit on a line of its
/// own under its words (norin-h29-rinya-gaisan-sokatsu: `平成 28年度当初予算額` / `(百万円)` /
/// `平成 29年度概算要求額` / `(百万円)` / `対前年度比(%)`), then each row's label and its cells
/// one per line (`公共事業費` / `189,983` / `225,984` / `118.9`). The header's lines are
/// header words and unit statements only, all of one unit; the rows are groups of exactly as
/// many cells as the header names columns, each group's own arithmetic confirming the columns
/// (B / A = ratio, B − A = C). A group takes the label lines printed right before it.
///
/// PDF reading order may move some labels after the last row (`治山事業費` / `非公共事業費` /
/// `合計` after the cells of the rows they name). Those labels are paired with the groups that
/// have none, in order, only when: the first group has its label before it (so labels are
/// printed before their figures, not after), the labels after the table are exactly as many as
/// the groups without one, the last of them is a total word (`合計`) and no other is, the last
/// group is one without a label, and the rows form a hierarchy whose top-level rows add up to
/// that last row in every amount column (a row whose consecutive rows right under it add up to
/// it takes them as its parts, at any depth: 治山 + 森林整備 = 一般公共, 一般公共 + 災害復旧 =
/// 公共, 公共 + 非公共 = 合計). Otherwise the groups without a label stay reported.
extension GenericReader {
  static let labelAfterMessage =
    "a table row whose label is not printed before its figures, and no arithmetic pairs it with a label printed after the table"

  mutating func readUnitHeaderStacks(_ lines: [Line]) {
    let kinds = lines.map { GenericLine.classify(SpokenSigns.replacing($0), parser: parser) }
    var k = 0
    while k < lines.count {
      k = readUnitHeaderStack(lines, kinds, from: k)
    }
  }

  /// A header line of this shape: a unit statement alone, or a short text of header words.
  static func isStackHeaderLine(_ kind: GenericLine) -> Bool {
    switch kind {
    case .unit(_, let caption): return caption.isEmpty
    case .text(let text):
      // `比較増減` / `金額` / `(百万円)` / `(%)`: a change column's words and the rate's unit,
      // each on a line of its own under the words they belong to.
      if ["金額", "(%)", "%", "(％)", "％"].contains(text.filter { $0 != " " }) { return true }
      return text.count <= 30 && ColumnHeader.hasHeaderWord(text) && !holdsFigure(text)
        && !isNote(text) && !namesDocument(text)
    default: return false
    }
  }

  /// A row label line of this shape: a short text with no figure, year, stage or comparison.
  static func isStackLabelLine(_ kind: GenericLine) -> Bool {
    guard case .text(let text) = kind else { return false }
    // `うち一般会計`: a part's label (`うち` heads a part column only in a header).
    let words = text.hasPrefix("うち") ? String(text.dropFirst(2)) : text
    return text.count <= 30 && !holdsFigure(text) && !isNote(text) && !text.contains("年度")
      && !isStageOnly(text) && !text.hasPrefix("対") && !ColumnHeader.hasHeaderWord(words)
  }

  /// Reads the table whose header starts at `start` if it has the shape; where to go on.
  mutating func readUnitHeaderStack(_ lines: [Line], _ kinds: [GenericLine], from start: Int)
    -> Int
  {
    var k = start
    var header: [String] = []
    var units = Set<String>()
    var headerLines: [Int] = []
    while k < lines.count {
      if case .blank = kinds[k] {
      } else if Self.isStackHeaderLine(kinds[k]) {
        headerLines.append(lines[k].number)
        switch kinds[k] {
        case .unit(let unit, _): units.insert(unit)
        case .text(let text): header.append(text.filter { $0 != " " })
        default: break
        }
      } else {
        break
      }
      k += 1
    }
    guard k > start else { return start + 1 }
    // A unit printed in the header's words (`当初予算額(百万円)`) counts as a statement.
    let compact = header.joined()
    units.formUnion(self.units.filter { compact.contains("(\($0))") })
    let meanings = Self.withStackedRate(
      ColumnHeader.meanings(header.joined(separator: " ")), header: header)
    guard units.count <= 1, header.count >= 2, meanings.count >= 2,
      meanings.contains(where: { $0.kind == .amount }),
      !ColumnMeaning.relations(meanings).isEmpty,
      let body = stackGroups(lines, kinds, from: k, columns: meanings.count)
        ?? stackRowLines(lines, kinds, from: k, columns: meanings.count).flatMap({
          Self.everyRelationHolds(meanings, $0.groups) ? $0 : nil
        })
    else { return k }
    let proof = units.isEmpty ? repeatedCells(lines, kinds, body, meanings: meanings) : nil
    guard let unit = units.first ?? proof?.unit else { return k }
    if let labels = emitUnitHeaderStack(body, meanings: meanings, header: header, unit: unit) {
      // The header's lines and the labels read are no titles of the document.
      let read = Set(headerLines + labels)
      titles.removeAll { read.contains($0.span.line) }
      if let proof { acceptRepeatedTotals(proof.repeats, meanings: meanings, unit: unit) }
    }
    return body.end
  }

  /// A header of no unit: the unit a sentence right after the table proves by repeating its
  /// cells (`RepeatedCellsUnit`), read on the three non-blank lines after the last group (a
  /// unit statement ends them); nil otherwise.
  func repeatedCells(
    _ lines: [Line], _ kinds: [GenericLine],
    _ body: (groups: [StackGroup], trailing: [(text: String, line: Int)], end: Int),
    meanings: [ColumnMeaning]
  ) -> (unit: String, repeats: [RepeatedCellsUnit.Repeat])? {
    guard body.trailing.isEmpty else { return nil }
    var texts: [(text: String, line: Int)] = []
    var k = body.end
    while k < lines.count, texts.count < 3 {
      switch kinds[k] {
      case .blank: break
      case .unit: k = lines.count
      default: texts.append((GenericLine.text(of: lines[k]), lines[k].number))
      }
      k += 1
    }
    let years = meanings.map { $0.kind == .amount ? $0.fiscalYearLabel : nil }
    return RepeatedCellsUnit.proof(
      texts, rows: body.groups.map(\.cells), years: years, units: units)
  }

  struct StackGroup {
    var label: [(text: String, line: Int)]
    var cells: [CellToken]
  }

  /// The groups of `n` one-cell lines from `start`, each with the label lines right before it,
  /// and the label lines after the last group; nil when a label comes between a group's cells,
  /// a cell was read by another rule, or a group's arithmetic does not confirm the columns.
  func stackGroups(_ lines: [Line], _ kinds: [GenericLine], from start: Int, columns n: Int)
    -> (groups: [StackGroup], trailing: [(text: String, line: Int)], end: Int)?
  {
    var groups: [StackGroup] = []
    var label: [(text: String, line: Int)] = []
    var cells: [CellToken] = []
    var k = start
    while k < lines.count {
      if case .blank = kinds[k] {
      } else if let cell = Self.oneCell(kinds[k]) {
        guard lostHeaderUnread(lines[k].number) else { return nil }
        cells.append(cell)
        if cells.count == n {
          groups.append(StackGroup(label: label, cells: cells))
          label = []
          cells = []
        }
      } else if Self.isStackLabelLine(kinds[k]), case .text(let text) = kinds[k] {
        guard cells.isEmpty else { return nil }
        label.append((text, lines[k].number))
      } else {
        break
      }
      k += 1
    }
    // The first group's label is printed before it (labels before their figures), or every
    // group but the first has one and one follows the last (labels after their figures,
    // `labelsAfterFigures`).
    let follows =
      groups.first?.label.isEmpty == true && groups.dropFirst().allSatisfy { !$0.label.isEmpty }
      && !label.isEmpty
    guard cells.isEmpty, groups.count >= 2,
      follows
        || groups.first?.label.isEmpty == false
          && groups.filter({ !$0.label.isEmpty }).count >= 2
    else { return nil }
    return (groups, label, k)
  }
}
