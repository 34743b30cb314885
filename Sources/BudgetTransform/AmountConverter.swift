import BudgetModel

/// Converts printed amounts to exact integer yen: `18兆2,107億円` → 18,210,700,000,000;
/// ▲/△ → negative; bare figures in the document's stated unit. Never through `Double`.
public struct AmountConverter: Sendable {
  /// Unit → power of ten in yen.
  public var units: [String: Int]
  /// The unit of figures printed without one (`億円`). A table's own unit statement sets it
  /// for the table's figures.
  public var statedUnit: String {
    didSet { statedPower = units[statedUnit] }
  }
  /// The stated unit's power of ten, looked up once: most figures print no unit.
  private var statedPower: Int?

  public init(units: [String: Int], statedUnit: String) {
    self.units = units
    self.statedUnit = statedUnit
    self.statedPower = units[statedUnit]
  }

  /// The power of ten of a part's unit (the stated unit when it prints none).
  private func power(_ unit: String?) -> Int? {
    if let unit { return units[unit] }
    return statedPower
  }

  /// The yen amount, or an error naming the line.
  public func yen(_ amount: PrintedAmount, source: String, line: Int) throws -> Int64 {
    var total: Int64 = 0
    for part in amount.parts {
      guard let power = power(part.unit) else {
        throw BudgetTransformError.unknownUnit(
          source: source, line: line, unit: part.unit ?? statedUnit)
      }
      guard let value = part.number.scaledToInteger(byPowerOfTen: power) else {
        // Scaling down fails only on a fraction; scaling up only on overflow.
        throw power < part.number.scale
          ? BudgetTransformError.inexactAmount(
            source: source, line: line, text: part.number.description + (part.unit ?? statedUnit))
          : BudgetTransformError.amountTooLarge(
            source: source, line: line, text: part.number.description + (part.unit ?? statedUnit))
      }
      let (sum, overflow) = total.addingReportingOverflow(value)
      if overflow {
        throw BudgetTransformError.amountTooLarge(
          source: source, line: line, text: part.number.description + (part.unit ?? statedUnit))
      }
      total = sum
    }
    return amount.isNegative ? -total : total
  }

  /// Half a unit of the last printed digit, in yen: the rounding a printed figure may carry
  /// (`0.1` 億円 → 5,000,000).
  public func roundingHalfUnit(_ amount: PrintedAmount) -> Int64 {
    guard let last = amount.parts.last else { return 0 }
    let power = power(last.unit) ?? 0
    let exponent = power - last.number.scale
    guard exponent > 0 else { return 0 }
    var unit: Int64 = 1
    for _ in 0..<exponent { unit *= 10 }
    return unit / 2
  }
}
