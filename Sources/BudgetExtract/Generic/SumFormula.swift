import BudgetModel

/// The header blocks, title and columns of a table named by sum formulas
/// (`GenericReader+SumFormula`).
extension GenericReader {
  /// `C=A+B` and, after it, `C+D`: the sum's name is the block before its formula, the total's
  /// the block before its own, and the total's other part the one block between them.
  static func sumFormulaHeader(_ blocks: [String]) -> SumFormulaHeader? {
    let sums = blocks.indices.filter { formulaLetters(blocks[$0], defines: true) != nil }
    let totals = blocks.indices.filter { formulaLetters(blocks[$0], defines: false) != nil }
    guard sums.count == 1, totals.count == 1, let f1 = sums.first, let f2 = totals.first,
      f1 >= 1, f2 == f1 + 3,
      let sum = formulaLetters(blocks[f1], defines: true),
      let total = formulaLetters(blocks[f2], defines: false),
      total.count == 2, total.contains(sum[0])
    else { return nil }
    let names = [blocks[f1 - 1], blocks[f1 + 1], blocks[f2 - 1]]
    guard names.allSatisfy(isColumnName) else { return nil }
    return SumFormulaHeader(
      sumName: names[0], sumLetters: sum, totalName: names[2], totalLetters: total,
      otherName: names[1])
  }

  /// The letters of `C=A+B` (defines: the defined letter first) or of `C+D`.
  static func formulaLetters(_ block: String, defines: Bool) -> [Character]? {
    var chars = Array(block)
    var letters: [Character] = []
    if defines {
      guard chars.count >= 5, chars[0].isASCIIUppercaseLetter, chars[1] == "=" else { return nil }
      letters.append(chars[0])
      chars.removeFirst(2)
    }
    guard chars.count >= 3, chars.count % 2 == 1 else { return nil }
    for (k, ch) in chars.enumerated() {
      if k % 2 == 0 {
        guard ch.isASCIIUppercaseLetter, !letters.contains(ch) else { return nil }
        letters.append(ch)
      } else if ch != "+" {
        return nil
      }
    }
    return letters
  }

  /// A header block that names a column: words, no figure, no rate word.
  static func isColumnName(_ block: String) -> Bool {
    !block.isEmpty && block.count <= 30 && !block.contains(where: \.isASCIIDigitCharacter)
      && !block.contains("%") && !block.contains("率") && !block.contains("=")
  }

  /// The title right above the unit statement, when it names exactly one year and stage
  /// (`平成10年度予算案科学技術関係経費(省庁別総括表)`).
  static func sumFormulaTitle(_ lines: [Line], before u: Int, parser: FigureParser) -> (
    text: String, year: String, stage: ColumnMeaning.Stage
  )? {
    guard
      let line = lines[..<u].last(where: { !GenericLine.text(of: $0).isEmpty }),
      case .text(let text) = GenericLine.classify(line, parser: parser)
    else { return nil }
    let read = ColumnHeader.meanings(text)
    guard read.count == 1, read[0].kind == .amount, let year = read[0].fiscalYearLabel,
      let stage = read[0].stage
    else { return nil }
    return (text, year, stage)
  }

  /// The columns of five amount columns such that c = a + b and e = c + d in every row (`nil`
  /// as nothing, one unit of rounding), a and b printed before c, then d, then e, each in
  /// exactly one way.
  static func sumColumns(_ rows: [[DecimalNumber?]]) -> (a: Int, b: Int, c: Int, d: Int, e: Int)? {
    var found: [(Int, Int, Int)] = []
    for z in 0..<5 {
      for x in 0..<5 where x != z {
        for y in (x + 1)..<5 where y != z && sums(rows, x, y, to: z) {
          found.append((x, y, z))
        }
      }
    }
    guard found.count == 2 else { return nil }
    let (first, second) = found[0].2 < found[1].2 ? (found[0], found[1]) : (found[1], found[0])
    let (a, b, c) = first
    let parts = [second.0, second.1]
    guard max(a, b) < c, parts.contains(c), let d = parts.first(where: { $0 != c }),
      d > c, second.2 > d, Set([a, b, c, d, second.2]).count == 5
    else { return nil }
    return (a, b, c, d, second.2)
  }

  /// Whether column z is x + y in every row, both parts printed in at least one.
  static func sums(
    _ rows: [[DecimalNumber?]], _ x: Int, _ y: Int, to z: Int, needsBoth: Bool = true
  ) -> Bool {
    var both = false
    for row in rows {
      guard let total = row[z] else { return false }
      let parts = [row[x], row[y]].compactMap { $0 }
      if parts.count == 2 { both = true }
      let scale = ([total] + parts).map(\.scale).max() ?? 0
      let sum = parts.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
      guard abs(sum - total.scaled(to: scale)) <= TableArithmetic.pow10(scale - total.scale)
      else { return false }
    }
    return both || !needsBoth
  }
}
