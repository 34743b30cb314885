extension Unicode.Scalar {
  /// The ASCII character a full-width form stands for (`１` → `1`, `（` → `(`, `Ａ` → `A`: the
  /// block U+FF01–FF5E); any other scalar unchanged. The one definition of full-width folding.
  @inlinable
  public var foldingFullWidth: Unicode.Scalar {
    let v = value
    guard v >= 0xFF01 && v <= 0xFF5E else { return self }
    return Unicode.Scalar(UInt8(truncatingIfNeeded: v - 0xFEE0))
  }

  /// The value of an ASCII or full-width decimal digit (`7`, `７`), else nil.
  @inlinable
  public var decimalDigitValue: Int? {
    let v = foldingFullWidth.value
    return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil
  }
}
