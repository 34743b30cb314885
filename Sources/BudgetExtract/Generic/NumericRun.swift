/// A run of digits, `,` and `.` with no space in it, as a PDF's lost spaces print a row of
/// figures (`5,5375,7315,851…`, a megabyte of them on a hostile page). No amount starts inside
/// such a run (`AmountLine.startsInsideWord`), but a reader that tries every digit parses the
/// rest of the run from each one: quadratic in the run's length. A number of 20 significant
/// digits or more overflows `DecimalNumber` (Int64), so every start whose rest of the run
/// holds that many is known to read no amount without reading it.
enum NumericRun {
  static func isPart(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCIIDigit || scalar == "," || scalar == "."
  }

  /// Moves `i`, when it stands inside a run not checked yet (`checked` is the end of the
  /// last run checked), past the starts that read no number.
  static func skipUnreadable(_ s: [Unicode.Scalar], _ i: inout Int, checked: inout Int) {
    guard i >= checked, i > 0, s[i].isASCIIDigit, isPart(s[i - 1]) else { return }
    (i, checked) = readableStart(s, inside: i)
  }

  /// For `i` inside a run (after a digit, `,` or `.`): the first position from `i` on where
  /// the rest of the run may still read as a number (fewer than 20 significant digits), and
  /// the run's end; positions before the first read no number.
  static func readableStart(_ s: [Unicode.Scalar], inside i: Int) -> (start: Int, end: Int) {
    var end = i
    while end < s.count, isPart(s[end]) { end += 1 }
    // The 20th digit from the run's end, then the last non-zero digit at or before it: from
    // any start up to that digit the number has 20 significant digits or more.
    var digits = 0
    var k = end
    while k > i, digits < 20 {
      k -= 1
      if s[k].isASCIIDigit { digits += 1 }
    }
    guard digits == 20 else { return (i, end) }
    while k >= i, !(s[k].isASCIIDigit && s[k] != "0") { k -= 1 }
    return (max(i, k + 1), end)
  }
}
