/// An amount as printed: one or more number-unit parts (`18兆2,107億円` has two), before any
/// conversion. A part without a printed unit has `unit == nil`; the transform stage supplies
/// the unit the document states for such figures.
public struct PrintedAmount: Hashable, Sendable, Codable {
  public struct Part: Hashable, Sendable, Codable {
    public var number: DecimalNumber
    /// The unit as printed (`億円`, `兆`, `百万円`), or nil.
    public var unit: String?
    public init(number: DecimalNumber, unit: String?) {
      self.number = number
      self.unit = unit
    }
  }

  public var parts: [Part]
  /// True when the amount was printed with ▲ or △ (a negative figure).
  public var isNegative: Bool

  public init(parts: [Part], isNegative: Bool = false) {
    self.parts = parts
    self.isNegative = isNegative
  }

  public init(_ number: DecimalNumber, unit: String?, isNegative: Bool = false) {
    self.init(parts: [Part(number: number, unit: unit)], isNegative: isNegative)
  }
}
