import BudgetModel

/// A line as the generic layout sees it: blank, a unit statement, a row of cells (with or
/// without a label before them), or text.
enum GenericLine {
  case blank
  /// `(単位:億円)`, `（百万円）`, `単位：千円`, `［単位：億円、％］`; `caption` is the text
  /// printed before the statement on the same line, if any.
  case unit(String, caption: String)
  /// A label (possibly empty) followed by one or more cells.
  case row(label: String, cells: [CellToken])
  case text(String)

  /// The normalized text of a line, spaces runs kept as single spaces, trimmed.
  static func text(of line: Line) -> String {
    var out = String.UnicodeScalarView()
    var lastSpace = true
    for s in line.normalized {
      if s == " " || s == "|" {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(s)
        lastSpace = false
      }
    }
    var text = String(out)
    while text.last == " " { text.removeLast() }
    return text
  }

  static func classify(_ line: Line, parser: FigureParser) -> GenericLine {
    let text = text(of: line)
    if text.isEmpty { return .blank }
    if let (unit, caption) = unitStatement(text, units: parser.unitTexts) {
      return .unit(unit, caption: caption)
    }
    var tokens = Tokens.split(text)
    var cells: [CellToken] = []
    var k = tokens.count
    let signed = TrailingSign.lastCell(tokens, line: line, parser: parser)
    if let signed {
      (tokens, cells, k) = (signed.tokens, signed.cells, signed.labelEnd)
    }
    // A remark after the cells (a 備考 column: `73 120 47 (説明文)`) is not a cell.
    if signed == nil,
      let lastCell = tokens.lastIndex(where: {
        CellToken.parse($0, line: line.number, parser: parser) != nil
      }),
      lastCell < tokens.count - 1, lastCell > 0,
      CellToken.parse(tokens[lastCell - 1], line: line.number, parser: parser) != nil,
      // `2 9 年 度 要 求 額`: digits spaced before `年` spell a year of a header, not cells.
      !tokens[lastCell + 1].hasPrefix("年"),
      !tokens[(lastCell + 1)...].contains(where: {
        $0.contains(where: \.isASCIIDigitCharacter) || $0.contains("円") || $0.contains("%")
      })
    {
      tokens.removeSubrange((lastCell + 1)...)
    }
    if signed == nil { k = tokens.count }
    while signed == nil, k > 0,
      let cell = CellToken.parse(tokens[k - 1], line: line.number, parser: parser)
    {
      cells.insert(cell, at: 0)
      k -= 1
    }
    // A row needs one real number: a line of dashes is not a row.
    guard cells.contains(where: { $0.figure.amount != nil }) else { return .text(text) }
    var labelTokens = tokens[0..<k]
    // A bullet before the label (`• 73 120 47`, `・ 生物多様性…`) is not part of it.
    while let first = labelTokens.first, bullets.contains(first) { labelTokens.removeFirst() }
    let label =
      labelTokens.allSatisfy { $0.count == 1 }
      ? labelTokens.joined() : labelTokens.joined(separator: " ")
    return .row(label: label, cells: cells)
  }

  static let bullets: Set<String> = ["•", "・", "○", "◯", "●", "■", "□", "◆", "◇", "-", "–"]

  /// The unit a line states, when the line is a unit statement.
  static func unitStatement(_ text: String, units: [String]) -> (String, String)? {
    let compact = text.filter { $0 != " " }
    if let range = compact.range(of: "単位") {
      var rest = compact[range.upperBound...]
      // `:`, `︓` (a vertical-form colon some converters print), `：`, `単位は百万円`.
      while let first = rest.first, ":︓：=".contains(first) { rest = rest.dropFirst() }
      if rest.hasPrefix("は") { rest = rest.dropFirst() }
      for unit in units where rest.hasPrefix(unit) {
        // Figures after the statement (`…(単位:億円)資料4:…7,120億円…`, a page run together)
        // make the line no unit statement: its figures are reported, never dropped.
        if GenericReader.holdsFigure(String(rest.dropFirst(unit.count))) { return nil }
        var caption = String(compact[..<range.lowerBound])
        while let last = caption.last, "([".contains(last) { caption.removeLast() }
        return (unit, caption)
      }
      return nil
    }
    // A unit alone in brackets: `(百万円)`, `[億円]`, `(億円、%)`.
    var inner = compact
    if let first = inner.first, "([".contains(first) { inner.removeFirst() }
    if let last = inner.last, ")]".contains(last) { inner.removeLast() }
    for suffix in ["、%", ",%", "・%"] where inner.hasSuffix(suffix) {
      inner.removeLast(suffix.count)
    }
    return units.contains(inner) ? (inner, "") : nil
  }
}
