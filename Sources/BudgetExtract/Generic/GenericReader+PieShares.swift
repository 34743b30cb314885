import BudgetModel

/// A pie chart printed on one line (national-h28-chusho-taisaku: 財務省's 建議, 中小企業対策費の内訳):
/// slices `label value (share%)` with no unit, their total in the centre with its unit and
/// its year (`平成28年度 (当初予算) 1,825億円`), and a slice's breakdown after it
/// (`986 (54.0%) 内訳 ・公庫融資等 340 ・信用補完 646`).
///
/// Which label is a slice's the text does not prove (PDF order prints labels beside other
/// slices' values), so no slice is read. What the arithmetic proves is read: the centre total,
/// when every slice's share is its value over the total at the printed precision (three
/// slices at least) and the slices add up to it, is the year's amount its words name; a
/// breakdown of two parts or more that add up to its slice's value is in the total's unit,
/// each part (named by its own words) exported as a part, not summed.
extension GenericReader {
  mutating func readPieShares(_ lines: [Line]) {
    for line in lines where line.normalized.contains("%") {
      let n = line.number
      guard !amountLines.contains(where: { $0.span.line <= n && n <= $0.span.endLine }),
        !tables.contains(where: { $0.span.line <= n && n <= $0.span.endLine })
      else { continue }
      readPieShares(GenericLine.text(of: line).split(separator: " ").map(String.init), line)
    }
  }

  mutating func readPieShares(_ tokens: [String], _ line: Line) {
    let slices = tokens.indices.dropLast().compactMap { i -> (Int, Int64, DecimalNumber)? in
      guard let v = CSVLine.amount(tokens[i]), let s = Self.pieShare(tokens[i + 1]) else {
        return nil
      }
      return (i, v, s)
    }
    let totals = tokens.indices.compactMap { i -> (Int, Int64, String)? in
      let units = Self.unitPowers.keys.filter { $0.hasSuffix("円") && tokens[i].hasSuffix($0) }
      guard let unit = units.max(by: { $0.count < $1.count }),
        let v = CSVLine.amount(String(tokens[i].dropLast(unit.count)))
      else { return nil }
      return (i, v, unit)
    }
    guard slices.count >= 3, totals.count == 1, let (t, total, unit) = totals.first,
      let label = Self.pieTotalLabel(tokens, before: t),
      slices.allSatisfy({ Self.shareHolds($0.1, $0.2, total: total) }),
      2 * abs(slices.reduce(Int64(0)) { $0 + $1.1 } - total) <= Int64(slices.count + 1)
    else { return }
    func figure(_ value: Int64) -> PrintedFigure {
      PrintedFigure(amount: PrintedAmount(DecimalNumber(significand: value, scale: 0), unit: unit))
    }
    amountLines.append(
      AmountLineRecord(scope: .headline, label: label, amount: figure(total), span: line.span))
    for (i, value, _) in slices {
      for (name, part) in Self.pieBreakdown(tokens, after: i + 2, of: value) {
        var record = AmountLineRecord(
          scope: .item, label: name, amount: figure(part), span: line.span)
        record.isPart = true
        amountLines.append(record)
      }
    }
  }

  /// `(54.0%)`: the share.
  static func pieShare(_ token: String) -> DecimalNumber? {
    guard token.hasPrefix("("), token.hasSuffix("%)") else { return nil }
    let body = token.dropFirst().dropLast(2)
    guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }) else {
      return nil
    }
    return DecimalNumber(ascii: body)
  }

  /// Whether value / total is the share at its printed precision (the value and the total
  /// each off by half a unit).
  static func shareHolds(_ value: Int64, _ share: DecimalNumber, total: Int64) -> Bool {
    guard total > 0 else { return false }
    let hundred = Int128(100) * Int128(RatioSums.pow10(share.scale))
    let diff = abs(hundred * Int128(value) - Int128(share.significand) * Int128(total))
    return 2 * diff <= Int128(total) + hundred + Int128(share.significand)
  }

  /// The words of the total: the era year and the stage in parentheses right before it
  /// (`平成28年度 (当初予算)` → `平成28年度当初予算(内訳の合計)`); nil when no year stands there.
  static func pieTotalLabel(_ tokens: [String], before t: Int) -> String? {
    var words: [String] = []
    var k = t - 1
    while k >= 0, words.count < 2, tokens[k].contains("年度") || tokens[k].hasPrefix("(") {
      words.insert(tokens[k], at: 0)
      k -= 1
    }
    guard let year = words.first, year.contains("年度"), ["平成", "令和"].contains(where: year.hasPrefix)
    else { return nil }
    let stage = words.dropFirst().map { $0.filter { $0 != "(" && $0 != ")" } }
    return year + stage.joined() + "(内訳の合計)"
  }

  /// `内訳 ・公庫融資等 340 ・信用補完 646` right after a slice: its parts, named, when there are
  /// two or more and they add up to the slice's value; empty otherwise.
  static func pieBreakdown(_ tokens: [String], after k: Int, of value: Int64) -> [(String, Int64)] {
    guard k < tokens.count, tokens[k] == "内訳" else { return [] }
    var parts: [(String, Int64)] = []
    var i = k + 1
    while i + 1 < tokens.count, tokens[i].hasPrefix("・"), tokens[i].count > 1,
      let v = CSVLine.amount(tokens[i + 1])
    {
      parts.append(("内訳 " + tokens[i].dropFirst(), v))
      i += 2
    }
    let sum = parts.reduce(Int64(0)) { $0 + $1.1 }
    guard parts.count >= 2, 2 * abs(sum - value) <= Int64(parts.count + 1) else { return [] }
    return parts
  }
}
