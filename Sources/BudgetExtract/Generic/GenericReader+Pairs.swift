import BudgetModel

/// Column names and their figures one per line, alternating (a boxed figure as PDF-to-text
/// gives it; fukko-h27-bousai-hakusho):
///
///     <1>東日本大震災復興交付金
///     27年度予算額
///     317,258百万円
///     26年度予算額
///     363,794
///     差引増△減
///     △46,536
///
/// Each name line is nothing but column words (a year and a stage, or a change, rate or ratio);
/// the first figure prints the unit and the others print none. The block is one row of a table
/// whose header is its names, read only when its own arithmetic confirms the names and the
/// shared unit (B − A = C holds only when A, B and C are in one unit). A block of the budget
/// year's amount and a change alone (a new item) is read when the change equals the amount
/// (nothing the year before) and an earlier confirmed block of the document showed that name
/// to be the later year: the earlier year's column is then that block's, with no figure (as a
/// table prints `—`). Any other block is given back to the reader line by line, unchanged.
struct PairState {
  struct Pair {
    var meaning: ColumnMeaning
    var line: Line
    var cell: CellToken?
  }

  var pairs: [Pair] = []
  /// Every line taken since the block opened, given back when the block is not read.
  var lines: [Line] = []
  /// Lines being given back are read as if no block rule existed.
  var replaying = false
  /// The last text lines before the block, to name it.
  var names: [String] = []
  /// A line of figures came after the last of `names`: that name is the figures' (an item
  /// and its amount), so a block after them has no name printed before it.
  var figuresAfterNames = false
  /// The earlier year's column of each column name that a confirmed block of this document
  /// showed to be the later year of a change.
  var earlier: [String: ColumnMeaning] = [:]
  /// The blocks whose bare figures were reported, for `readBareUnitPairs`.
  var bare: [BareUnitBlock] = []

  var isOpen: Bool { !lines.isEmpty }
}

extension GenericReader {
  /// The one column a line names when the line is nothing but column words (`27年度予算額`,
  /// `差引増△減`): an amount that names its year and stage, or a change, rate or ratio.
  static func pairName(_ text: String) -> ColumnMeaning? {
    let compact = Array(text.filter { $0 != " " }.map { $0 == "△" ? "▲" : $0 })
    guard !compact.isEmpty, compact.count <= 16 else { return nil }
    var i = 0
    while i < compact.count {
      let (word, length, _) = ColumnHeader.read(compact, at: i)
      switch word {
      case .year, .stage, .kind: i += length
      default: return nil
      }
    }
    let meanings = ColumnHeader.meanings(text)
    guard meanings.count == 1, let meaning = meanings.first else { return nil }
    switch meaning.kind {
    case .amount: return meaning.fiscalYearLabel != nil && meaning.stage != nil ? meaning : nil
    case .change, .ratePercent, .ratioPercent: return meaning
    default: return nil
    }
  }

  /// Takes a line into a block of pairs (true), or ends the block and leaves the line to the
  /// reader (false).
  mutating func takePair(_ line: Line, _ kind: GenericLine) -> Bool {
    if pairs.isOpen {
      let awaiting = pairs.pairs.last?.cell == nil
      switch kind {
      case .blank:
        pairs.lines.append(line)
        return true
      case .row(let label, let cells) where awaiting && label.isEmpty && cells.count == 1:
        pairs.pairs[pairs.pairs.count - 1].cell = cells[0]
        pairs.lines.append(line)
        return true
      case .text(let text) where !awaiting:
        if let meaning = Self.pairName(text) {
          pairs.pairs.append(PairState.Pair(meaning: meaning, line: line))
          pairs.lines.append(line)
          return true
        }
      default: break
      }
      closePairs()
      guard case .idle = state else { return false }
    }
    guard case .text(let text) = kind else {
      if line.normalized.contains(where: \.isASCIIDigit) { pairs.figuresAfterNames = true }
      return false
    }
    if let meaning = Self.pairName(text) {
      pairs.pairs = [PairState.Pair(meaning: meaning, line: line)]
      pairs.lines = [line]
      return true
    }
    pairs.names = Array((pairs.names + [text]).suffix(4))
    pairs.figuresAfterNames = false
    return false
  }

  /// Ends the open block: a table of one row when it is confirmed, else its lines are read
  /// again as if no block rule existed.
  mutating func closePairs() {
    let block = pairs
    pairs.pairs = []
    pairs.lines = []
    if let table = pairTable(block) {
      if block.figuresAfterNames {
        // `<6>被災者の心のケア支援事業` / `1,817百万円` / `25年度予算額` / `188,253百万円` …: the
        // text above is the item's, not the block's; which row the block is, is not printed.
        for line in block.lines {
          reportFigures(
            in: line, text: GenericLine.text(of: line),
            why: "a block of column names and figures after another row's figures names no row")
        }
      } else {
        tables.append(table)
      }
      pairs.names = []
      pairs.figuresAfterNames = false
      previous = nil
      return
    }
    pairs.replaying = true
    for line in block.lines { consume(line) }
    pairs.replaying = false
  }

  /// The block as a table of one row, when its arithmetic confirms it.
  mutating func pairTable(_ block: PairState) -> SummaryTableRecord? {
    var cells = block.pairs.compactMap(\.cell)
    guard block.pairs.count >= 2, cells.count == block.pairs.count,
      let unit = cells[0].figure.amount?.parts.last?.unit, cells[0].hasUnit,
      units.contains(unit),
      cells.dropFirst().allSatisfy({ !$0.hasUnit || $0.figure.amount?.parts.last?.unit == unit })
    else { return nil }
    var meanings = block.pairs.map(\.meaning)
    // One unit for all (checked above): the figures compare as printed numbers.
    let numbers = cells.map { cell -> CellToken in
      var bare = cell
      if var amount = bare.figure.amount, amount.parts.count == 1 {
        amount.parts[0].unit = nil
        bare.figure.amount = amount
      }
      return bare
    }
    let verdict = TableArithmetic.check(meanings, rows: [numbers])
    if verdict.held > 0, verdict.failedRows.isEmpty {
      for relation in TableArithmetic.relations(meanings) where !relation.isQuotient {
        pairs.earlier[meanings[relation.lhs].header] = meanings[relation.rhs]
      }
    } else if Self.isNewItem(meanings, numbers), let prior = pairs.earlier[meanings[0].header] {
      meanings.insert(prior, at: 1)
      cells.insert(
        CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: cells[0].line), at: 1)
    } else if let printed = unitPrintedPairs(block, meanings, cells) {
      (meanings, cells) = printed
    } else {
      return nil
    }
    let label = Self.pairLabel(block.names)
    let first = block.pairs[0].line.number
    let last = block.pairs[block.pairs.count - 1].cell!.line
    var row = SummaryRowRecord(
      label: label, cells: cells.map(\.figure), span: SourceSpan(line: first, endLine: last))
    row.cellLines = cells.map(\.line)
    var record = SummaryTableRecord(
      section: caption ?? "", unit: unit, columns: meanings.map(\.header), rows: [row],
      span: SourceSpan(line: first, endLine: last))
    record.meanings = meanings
    record.confirmed = true
    return record
  }

  /// `27年度予算額` / `200百万円` / `差引増△減` / `200`: an amount and a change equal to it,
  /// exactly (nothing the year before).
  static func isNewItem(_ meanings: [ColumnMeaning], _ cells: [CellToken]) -> Bool {
    guard meanings.count == 2, meanings[0].kind == .amount, meanings[1].kind == .change,
      let amount = cells[0].decimal,
      let change = cells[1].decimal
    else { return false }
    return amount.significand > 0 && amount == change
  }

  /// The block's name: the last text line before it, after the heading it qualifies when it
  /// is wholly in parentheses (`(1)住宅再建・復興まちづくり` / `(主な事業)`).
  static func pairLabel(_ names: [String]) -> String {
    func isAside(_ text: String) -> Bool {
      let compact = text.filter { $0 != " " }
      return compact.hasPrefix("(") && compact.hasSuffix(")")
        && compact.dropFirst().firstIndex(of: "(") == nil
    }
    guard let last = names.last else { return "" }
    if isAside(last), let heading = names.dropLast().last(where: { !isAside($0) }) {
      return joinLabel([heading, last.filter { $0 != " " }])
    }
    return joinLabel([last])
  }
}
