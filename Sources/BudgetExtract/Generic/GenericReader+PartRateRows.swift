import BudgetModel

/// A row printed over three lines, as 概算要求 overviews print a table of amounts and a rate
/// (環境庁's 地球環境保全関係予算, 平成11年度, header `内訳 10年度予算額 11年度概算要求額 伸び率(%)`):
///
///     国際的枠組みづくり 77.2 83.7     the label and every amount
///     (3.8)                          the part of an amount the legend of parentheses names
///     8%増                           the rate, as a percentage and a word (`増` / `減`)
///
/// A row with no part keeps its rate on its own line (`環境配慮 1.2 7.5 547%増`), and a label
/// wrapped over lines comes before a line of amounts alone. The row is held from its amounts
/// until its rate: the row is the amounts and the rate (checked by the table's arithmetic
/// like any row). The part in parentheses is read only when the legend of parentheses says
/// they hold a part (`うち数`, `内数`, `うち`) of a request (`特別枠`, `要望`, `推進枠`, `重点`)
/// and the table has exactly one request column, whose figure on the row is at least the
/// part: it becomes a part row of that column (`isPartOfAbove`, not summed). Any other
/// parenthesized figure, and a held row no rate line completes, is reported with its line.
extension GenericReader {
  struct HeldRow {
    /// The row's label and its line; empty when the label was printed on the lines before.
    var label: String
    var cells: [CellToken]
    var line: Line
    var part: (cell: CellToken, line: Line)?
  }

  /// Words of a legend of parentheses that make them a part of the amount they are under.
  static let partLegendWords = ["うち数", "内数", "うち"]
  /// Parts of a request that a 概算要求 prints apart (a special frame, a 要望 share).
  static let requestPartWords = ["特別枠", "要望", "推進枠", "重点"]
  /// Words printed on a rate line for a rate over nothing.
  static let newItemRates: Set<String> = ["皆増", "皆減", "純増", "新規"]

  /// Reads a line of a table whose rows may take three lines; false when the line is none of
  /// such a row's (the caller reads it as usual).
  mutating func takePartRateLine(_ table: inout TableDraft, _ line: Line, _ kind: GenericLine)
    -> Bool
  {
    let n = table.meanings.count
    guard n >= 3, table.meanings[n - 1].kind == .ratePercent,
      table.meanings[..<(n - 1)].allSatisfy({ $0.kind == .amount })
    else { return false }
    if let held = table.held {
      return continueHeld(&table, held, line, kind)
    }
    switch kind {
    case .row(let label, let cells):
      guard cells.count == n - 1, cells.allSatisfy(\.isAmount), table.pendingCells.isEmpty,
        !label.isEmpty || !table.pendingLabel.isEmpty
      else { return false }
      table.held = HeldRow(label: label, cells: cells, line: line)
      return true
    case .text(let text):
      // `環境配慮 1.2 7.5 547%増`: a row with its rate as a word at the end.
      guard let token = Tokens.split(text).last,
        let rate = Self.wordRate(token, line: line.number, parser: parser),
        let rest = Self.droppingLastToken(line),
        case .row(let label, let cells) = GenericLine.classify(rest, parser: parser),
        cells.count == n - 1, cells.allSatisfy(\.isAmount), table.pendingCells.isEmpty,
        !label.isEmpty || !table.pendingLabel.isEmpty
      else { return false }
      if !label.isEmpty { table.pendingLabel.append((label, line)) }
      emit(&table, label: nil, cells: cells + [rate], last: line)
      return true
    default:
      return false
    }
  }

  /// The line after a held row: its part in parentheses, or its rate, which ends it; any other
  /// line releases the row unread (reported) and is read as usual.
  mutating func continueHeld(
    _ table: inout TableDraft, _ held: HeldRow, _ line: Line, _ kind: GenericLine
  ) -> Bool {
    if case .blank = kind { return true }
    let text = GenericLine.text(of: line)
    if held.part == nil,
      let part = Self.parenthesizedAmount(text, line: line.number, parser: parser)
    {
      table.held?.part = (part, line)
      return true
    }
    // `8%増`, `8%`, or a word printed for a rate over nothing (`皆増`, a new item).
    let rate =
      Self.wordRate(text, line: line.number, parser: parser)
      ?? CellToken.parse(text, line: line.number, parser: parser).flatMap {
        $0.isPercent || Self.newItemRates.contains(text) ? $0 : nil
      }
    table.held = nil
    guard let rate else {
      release(&table, held)
      return false
    }
    if !held.label.isEmpty { table.pendingLabel.append((held.label, held.line)) }
    let emitted = table.rows.count
    emit(&table, label: nil, cells: held.cells + [rate], last: line)
    if let part = held.part {
      // The part is named by its row: `国際的枠組みづくり(うち特別枠)`, never the legend's word
      // alone (every part of the table would have one name).
      let row = table.rows.count > emitted ? table.rows.last?.label : nil
      appendPart(&table, part.cell, line: part.line, of: held.cells, row: row)
    }
    return true
  }

  /// A held row no rate line completed: reported as a row whose cells do not match.
  mutating func release(_ table: inout TableDraft, _ held: HeldRow) {
    row(&table, held.line, label: held.label, cells: held.cells)
    if let part = held.part {
      report(
        part.line, text: GenericLine.text(of: part.line),
        why: "a figure in parentheses under a row that is not read is not exported")
    }
  }

  /// A table closed with a row still held: the row is released (reported).
  mutating func releasingHeld(_ draft: TableDraft) -> TableDraft {
    guard let held = draft.held else { return draft }
    var table = draft
    table.held = nil
    release(&table, held)
    return table
  }

  /// The part under a row, as a part row of the one request column named `<row>(うち<part>)`,
  /// when the legend says the parentheses hold a part of a request and the row was read;
  /// reported otherwise.
  mutating func appendPart(
    _ table: inout TableDraft, _ part: CellToken, line: Line, of cells: [CellToken], row: String?
  ) {
    guard let row, !row.isEmpty,
      let (k, name) = partColumn(table.meanings, part: part, cells: cells)
    else {
      report(
        line, text: GenericLine.text(of: line),
        why:
          "a figure in parentheses under a row that no legend names a part of one column is not exported"
      )
      return
    }
    let absent = CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0)
    var partCells = Array(repeating: absent, count: table.meanings.count)
    partCells[k] = part
    var record = SummaryRowRecord(
      label: "\(row)(うち\(name))", cells: partCells.map(\.figure),
      span: SourceSpan(line: line.number, endLine: line.endNumber))
    record.cellLines = partCells.map(\.line)
    record.isPartOfAbove = true
    table.rows.append(record)
    table.cells.append(partCells)
  }

  /// The request column a parenthesized part belongs to and the part's name, by the legend.
  func partColumn(_ meanings: [ColumnMeaning], part: CellToken, cells: [CellToken])
    -> (Int, String)?
  {
    guard case .other(_, let text) = legend.parentheses else { return nil }
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard Self.partLegendWords.contains(where: compact.contains),
      let name = Self.requestPartWords.first(where: compact.contains)
    else { return nil }
    let requests = meanings.indices.filter {
      meanings[$0].kind == .amount && meanings[$0].stage == .request
    }
    guard requests.count == 1, let k = requests.first, k < cells.count,
      let whole = cells[k].decimal, let piece = part.decimal, piece.significand >= 0
    else { return nil }
    let scale = max(whole.scale, piece.scale)
    return piece.scaled(to: scale) <= whole.scaled(to: scale) ? (k, name) : nil
  }

  /// `(3.8)`: one amount in parentheses, alone on its line.
  static func parenthesizedAmount(_ text: String, line: Int, parser: FigureParser) -> CellToken? {
    guard text.hasPrefix("("), text.hasSuffix(")"), text.count > 2 else { return nil }
    let inner = String(text.dropFirst().dropLast())
    guard let cell = CellToken.parse(inner, line: line, parser: parser), cell.isAmount,
      !cell.hasUnit
    else { return nil }
    return cell
  }

  /// `8%増` (+8), `5%減` (−5), `8.2%増`: a rate printed with the word of its direction.
  static func wordRate(_ token: String, line: Int, parser: FigureParser) -> CellToken? {
    guard let last = token.last, last == "増" || last == "減" else { return nil }
    let body = String(token.dropLast())
    guard body.hasSuffix("%"), body.first?.isASCIIDigitCharacter == true,
      var cell = CellToken.parse(body, line: line, parser: parser), cell.isPercent,
      cell.figure.amount?.isNegative == false
    else { return nil }
    cell.figure.amount?.isNegative = last == "減"
    return cell
  }

  /// The line without its last token (`環境配慮 1.2 7.5` of `環境配慮 1.2 7.5 547%増`).
  static func droppingLastToken(_ line: Line) -> Line? {
    let s = line.normalized
    guard let end = s.lastIndex(where: { $0 != " " }),
      let space = s[..<end].lastIndex(of: " ")
    else { return nil }
    return line.slice(0..<space)
  }
}

extension CellToken {
  /// A number that is no percentage.
  var isAmount: Bool { figure.amount != nil && !isPercent }
}
