import BudgetModel

/// The lines read while idle, for rules that look back at a short block (`YearPairs`).
struct IdleLog {
  var lines: [(line: Line, kind: GenericLine)] = []
  /// The last headline pair taken (`+HeadlinePair`), whose parts may follow.
  var headlinePair: HeadlinePairTaken?
  /// The first header line of a table whose header came before its unit line
  /// (`+HeaderBeforeUnit`).
  var headerBeforeUnit: Int?

  mutating func note(_ line: Line, _ kind: GenericLine) {
    lines.append((line, kind))
    if lines.count > 24 { lines.removeFirst() }
  }
}

/// Years printed one per line over amounts printed one per line, the rate under the second
/// (monka-r5-bunka-seifuan-p12):
///
///     4年度 / 5年度 / ○文化芸術による… / 73 億円 / 84 億円 / (+14.5%)
///     4年度 / ○適切な修理周期… / 245 億円 / 5年度 / 250 億円 / (+2.0%)
///
/// Two year lines, the second one year after the first, a name, and two amounts: the first
/// amount under (after) the first year, the second under the second year, the name right
/// before the first amount. The rate is the growth from the first amount to the second, so
/// when it agrees with them at their printed precision it proves which is the earlier year's
/// (the reverse would give a rate of the other sign); the second amount is then the later
/// year's, the first the year before. Read only when the block is nothing else (no other
/// line with text or figures among those six, every line read outside tables).
extension GenericReader {
  /// `(+14.5%)` alone on a line after such a block: the pair is read. True when taken.
  mutating func acceptYearPair(_ line: Line, text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    guard compact.hasPrefix("("), let rate = Self.printedRate(compact),
      compact.dropFirst().first.map({ "+-▲".contains($0) }) == true,
      let block = yearPairBlock(before: line)
    else { return false }
    guard
      let first = AmountLine.parse(
        block.first, text: GenericLine.text(of: block.first), parser: parser),
      let second = AmountLine.parse(
        block.second, text: GenericLine.text(of: block.second), parser: parser),
      first.count == 1, second.count == 1, first[0].prior == nil, second[0].prior == nil,
      Self.rateAgrees(rate, from: first[0].amount, to: second[0].amount)
    else { return false }
    let taken = [block.first.number, block.second.number]
    amountLines.removeAll { taken.contains($0.span.line) }
    diagnostics.removeAll { taken.contains($0.span.line) && $0.kind == .unrecognizedLine }
    let name = Self.joinLabel([block.name.text])
    var pair = second[0]
    pair.label = name
    pair.amount.label = name
    pair.scope = .item
    pair.prior = first[0].amount
    pair.prior?.label = nil
    pair.priorLine = block.first.number
    pair.changeRatePercent = rate
    pair.span = SourceSpan(line: block.second.number, endLine: line.endNumber)
    pair.context = block.laterYear
    amountLines.append(pair)
    contextHasAmounts = true
    lists.name = nil
    return true
  }

  /// The block right before `line`: exactly two year lines, one name and two amount lines
  /// (blank lines between), in an order where each year comes before its amount.
  func yearPairBlock(before line: Line) -> (
    first: Line, second: Line, name: (text: String, line: Line), laterYear: String
  )? {
    var years: [(text: String, line: Line)] = []
    var amounts: [Line] = []
    var names: [(text: String, line: Line)] = []
    var expected = line.number - 1
    for (logged, kind) in idleLog.lines.reversed() where logged.number < line.number {
      // Every line between the block and the rate was read here, one after the other.
      guard logged.endNumber == expected else { return nil }
      expected = logged.number - 1
      switch kind {
      case .blank: continue
      case .text(let text) where Self.isYearOnly(text):
        years.append((text.filter { $0 != " " }, logged))
      case .text(let text):
        if let records = AmountLine.parse(logged, text: text, parser: parser) {
          guard records.count == 1, records[0].label.isEmpty else { return nil }
          amounts.append(logged)
        } else if Self.isLabel(text), names.isEmpty {
          names.append((text, logged))
        } else {
          return nil
        }
      default: return nil
      }
      if years.count == 2, amounts.count == 2, names.count == 1 { break }
      if years.count > 2 || amounts.count > 2 { return nil }
    }
    guard years.count == 2, amounts.count == 2, names.count == 1 else { return nil }
    // Gathered backwards: index 1 is the earlier line.
    let (y1, y2, a1, a2, name) = (years[1], years[0], amounts[1], amounts[0], names[0])
    guard y1.line.number < a1.number, y2.line.number < a2.number, name.line.number < a1.number,
      Self.yearsFollow(y1.text, y2.text)
    else { return nil }
    return (a1, a2, name, y2.text)
  }

  /// `4年度` then `5年度` (or `令和4年度` then `令和5年度`): the second one year after the
  /// first, in the same era or both without one.
  static func yearsFollow(_ a: String, _ b: String) -> Bool {
    func split(_ y: String) -> (String, Int)? {
      let era = String(y.prefix { !$0.isASCIIDigitCharacter })
      return Int(y.dropFirst(era.count).dropLast(2)).map { (era, $0) }
    }
    guard let x = split(a), let y = split(b) else { return false }
    return x.0 == y.0 && y.1 == x.1 + 1
  }
}
