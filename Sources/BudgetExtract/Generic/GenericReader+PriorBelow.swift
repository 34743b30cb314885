import BudgetModel

/// A headline total, and under it in parentheses the prior year's amount named by its year
/// and stage, with the change and rate (消防庁 平成24年度概算要求, soumu-h24-shobo lines 21-22):
///
///     概算要求額総計(重点化枠及び復旧・復興枠含む。) 543億26百万円
///     (平成23年度予算額 131億87百万円(411億39百万円、312.0%))
///
/// Read only when the total minus the prior amount is the printed change (B − A = C, at the
/// printed precision; an unsigned change is an increase, and only the arithmetic says so) and
/// the rate is C / A; the prior's words must name one year and the initial budget
/// (`予算額`, `当初`). Otherwise the line is left to the other rules (reported).
extension GenericReader {
  /// Powers of ten of the units an amount's parts may carry.
  static let unitPowers: [String: Int] = [
    "兆円": 12, "兆": 12, "億円": 8, "億": 8, "百万円": 6, "万円": 4, "千円": 3, "円": 0,
  ]

  mutating func acceptPriorBelow(_ line: Line, _ compact: String) -> Bool {
    guard compact.hasPrefix("("), compact.hasSuffix("%))"), let previous,
      previous.amountCount == 1, var record = amountLines.last,
      record.span.line == previous.line.number, record.prior == nil, record.change == nil,
      record.isPart != true, let b = record.amount.amount
    else { return false }
    let inner = compact.dropFirst().dropLast()
    guard let open = inner.firstIndex(of: "("), let year = inner.range(of: "年度"),
      let digit = inner[year.upperBound..<open].firstIndex(where: \.isASCIIDigitCharacter)
    else { return false }
    let label = String(inner[..<digit])
    // `平成23年度予算額`, `前年度当初予算額`: one year and the initial budget.
    let namesYear = Self.yearOfStageLine(label) != nil || label.hasPrefix("前年度")
    guard namesYear, label.count <= 16, Self.namesInitial(inner[year.upperBound..<digit]),
      let prior = CellToken.parse(String(inner[digit..<open]), line: line.number, parser: parser),
      prior.hasUnit, let a = prior.figure.amount,
      let (change, rate) = unsignedChangeAndRate(String(inner[open...]), line: line)
    else { return false }
    guard let c = change.amount, Self.proves(a, b, c, rate) else { return false }
    record.prior = PrintedFigure(amount: a, label: label)
    record.priorLine = line.number
    attachComparison(to: record, change: change, rate: rate, on: line)
    return true
  }

  /// `(411億39百万円、312.0%)`, `(▲12億円,▲3.4%)`: a change with its unit, signed or not, and a
  /// rate.
  func unsignedChangeAndRate(_ text: String, line: Line) -> (PrintedFigure, DecimalNumber)? {
    guard text.hasPrefix("("), text.hasSuffix("%)"),
      let comma = text.lastIndex(where: { $0 == "," || $0 == "、" })
    else { return nil }
    let changeText = String(text[text.index(after: text.startIndex)..<comma])
      .replacingOccurrences(of: "△", with: "▲")
    guard let cell = CellToken.parse(changeText, line: line.number, parser: parser), cell.hasUnit,
      !cell.isPercent,
      let rate = Self.printedRate(
        "(" + text[text.index(after: comma)...].replacingOccurrences(of: "△", with: "▲"))
    else { return nil }
    return (cell.figure, rate)
  }

  /// B − A = C within one unit of the coarsest printed digit, and the rate is 100·C / A within
  /// the rounding of the rate, C and A.
  static func proves(
    _ a: PrintedAmount, _ b: PrintedAmount, _ c: PrintedAmount, _ rate: DecimalNumber
  ) -> Bool {
    guard let fa = finestPower(a), let fb = finestPower(b), let fc = finestPower(c) else {
      return false
    }
    let power = min(fa, fb, fc)
    guard let x = units(a, power), let y = units(b, power), let z = units(c, power), x > 0 else {
      return false
    }
    let tolerance = TableArithmetic.pow10(max(fa, fb, fc) - power)
    guard abs(y - x - z) <= tolerance else { return false }
    let scaleOfRate = TableArithmetic.pow10(rate.scale)
    let (lhs, o1) = rate.significand.multipliedReportingOverflow(by: x)
    let (rhs, o2) = (100 * scaleOfRate).multipliedReportingOverflow(by: z)
    guard !o1, !o2 else { return false }
    let slack =
      x + 100 * scaleOfRate * TableArithmetic.pow10(fc - power) + abs(rate.significand)
      * TableArithmetic.pow10(fa - power)
    return 2 * abs(lhs - rhs) <= slack
  }

  /// The power of ten of the amount's last printed digit (`131億87百万円` → 6).
  static func finestPower(_ amount: PrintedAmount) -> Int? {
    var finest: Int?
    for part in amount.parts {
      guard let unit = part.unit, let power = unitPowers[unit] else { return nil }
      finest = min(finest ?? .max, power - part.number.scale)
    }
    return finest
  }

  /// The amount in units of 10^power yen, signed; nil when not exact.
  static func units(_ amount: PrintedAmount, _ power: Int) -> Int64? {
    var total: Int64 = 0
    for part in amount.parts {
      guard let unit = part.unit, let p = unitPowers[unit],
        let value = part.number.scaledToInteger(byPowerOfTen: p - power)
      else { return nil }
      total += value
    }
    return amount.isNegative ? -total : total
  }
}
