import BudgetModel

/// One line of input as the parsers see it: the original Unicode scalars (for titles, kept as
/// printed) and a normalized copy of the same length (full-width digits, parentheses and
/// brackets folded to ASCII, `〔 〕` to `[ ]`, tabs and ideographic spaces to spaces) that the
/// parsers match on. Index `i` of one is index `i` of the other.
public struct Line: Sendable {
  /// The input line this line starts on (1-based).
  public var number: Int
  /// The input line this line ends on: greater than `number` when the normalization step
  /// joined physical lines into one logical line.
  public var endNumber: Int
  public var original: [Unicode.Scalar]
  public var normalized: [Unicode.Scalar]
  /// The input line began with a form feed (a new page in `pdftotext` output).
  public var startsPage = false
  /// Where a joined physical line begins (scalar offset) and its input line number.
  var joins: [(offset: Int, number: Int)] = []

  public init(number: Int, scalars: [Unicode.Scalar]) {
    self.number = number
    self.endNumber = number
    self.original = scalars
    self.normalized = scalars.map(Line.fold)
  }

  init(number: Int, endNumber: Int? = nil, original: [Unicode.Scalar], normalized: [Unicode.Scalar])
  {
    self.number = number
    self.endNumber = endNumber ?? number
    self.original = original
    self.normalized = normalized
  }

  /// The input lines this line came from.
  public var span: SourceSpan { SourceSpan(line: number, endLine: endNumber) }

  /// A piece of this line (`range` of both arrays), with the input lines it came from.
  func slice(_ range: Range<Int>) -> Line {
    let originalPiece = Array(original[range])
    // A line with nothing folded shares one storage for both arrays: so do its pieces.
    let normalizedPiece = sharesStorage ? originalPiece : Array(normalized[range])
    return piece(
      original: originalPiece, normalized: normalizedPiece,
      from: range.lowerBound, to: range.upperBound)
  }

  /// Whether `original` and `normalized` are one storage (nothing on the line folds).
  var sharesStorage: Bool {
    original.withUnsafeBufferPointer { a in
      normalized.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress }
    }
  }

  /// The input line number of the scalar at `offset`.
  func number(at offset: Int) -> Int {
    joins.last { $0.offset <= offset }?.number ?? number
  }

  /// A line made of the scalars at `start..<end` of this line (possibly edited).
  func piece(original: [Unicode.Scalar], normalized: [Unicode.Scalar], from start: Int, to end: Int)
    -> Line
  {
    var line = Line(
      number: number(at: start), endNumber: number(at: Swift.max(start, end - 1)),
      original: original,
      normalized: normalized)
    if !joins.isEmpty {
      line.joins = joins.filter { $0.offset > start && $0.offset < end }.map {
        ($0.offset - start, $0.number)
      }
    }
    return line
  }

  /// The original text of a range of scalars.
  public func text(_ range: Range<Int>) -> String {
    String(encoding: original[range])
  }

  /// The original text of a range of scalars without any space or ideographic space (a budget
  /// label printed `令和5年度 補正予算`).
  func compactText(_ range: Range<Int>) -> String {
    var count = 0
    for k in range where original[k] != " " && original[k] != "\u{3000}" {
      count += UTF8.width(original[k])
    }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for k in range where original[k] != " " && original[k] != "\u{3000}" {
        for byte in original[k].utf8 {
          buffer[i] = byte
          i += 1
        }
      }
      return i
    }
  }

  /// The original text of a range of scalars without the spaces, tabs and ideographic spaces
  /// at either end: `text(range).trimmingSpaces`, made in one step.
  func trimmedText(_ range: Range<Int>) -> String {
    String(trimming: original[range])
  }

  /// Folds one scalar to its parsing form; never changes the number of scalars.
  @inline(__always)
  static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let v = s.value
    switch v {
    case 0xFF01...0xFF5E: return s.foldingFullWidth  // full-width ASCII block
    case 0x3000, 0x09, 0xA0: return " "
    case 0x3014: return "["  // 〔
    case 0x3015: return "]"  // 〕
    case 0x2015, 0x2500, 0x2014: return "—"
    case 0x25B3: return "▲"  // △ is a negative sign too
    default: return s
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether the scalars at `index` spell `word`.
  @inline(__always)
  func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
    withUnsafeBufferPointer { $0.matches(word, at: index) }
  }

  /// First index of `word` at or after `start`.
  func firstIndex(of word: [Unicode.Scalar], from start: Int = 0) -> Int? {
    withUnsafeBufferPointer { $0.firstIndex(of: word, from: start) }
  }

  /// Whether any of `words` (none empty) occurs, in one scan.
  func containsAny(of words: [[Unicode.Scalar]]) -> Bool {
    guard let first = words.first?.first, words.allSatisfy({ $0.first == first }) else {
      return words.contains { firstIndex(of: $0) != nil }
    }
    // Every word starts with the same scalar (`財投`, `財政投融資`): one scan for it.
    return withUnsafeBufferPointer { s in
      var k = 0
      while k < s.count {
        if s[k] == first {
          for word in words where s.matches(word, at: k) { return true }
        }
        k += 1
      }
      return false
    }
  }
}

extension UnsafeBufferPointer where Element == Unicode.Scalar {
  /// The first index at or after `start` whose scalar is `a`, `b`, `c` or `d` (repeat one to
  /// look for fewer): eight scalars compared at a time, the rest one by one. The scans that
  /// every line goes through (plain lines, the layout's marks, brackets) look for a few
  /// scalars that most lines lack.
  @inline(__always)
  func firstIndex(
    ofAny a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, _ d: Unicode.Scalar,
    from start: Int = 0
  ) -> Int? {
    guard let base = baseAddress else { return nil }
    var i = Swift.max(start, 0)
    let raw = UnsafeRawPointer(base)
    let va = SIMD8<UInt32>(repeating: a.value)
    let vb = SIMD8<UInt32>(repeating: b.value)
    let vc = SIMD8<UInt32>(repeating: c.value)
    let vd = SIMD8<UInt32>(repeating: d.value)
    while i &+ 8 <= count {
      let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
      if any((v .== va) .| (v .== vb) .| (v .== vc) .| (v .== vd)) { break }
      i &+= 8
    }
    while i < count {
      let s = self[i]
      if s == a || s == b || s == c || s == d { return i }
      i &+= 1
    }
    return nil
  }

  /// The first index in `start..<end` whose scalar is an ASCII digit or `a`, `b` or `c`
  /// (repeat one to look for fewer; `a` a digit: digits alone), eight at a time as
  /// `firstIndex(ofAny:)`: where a figure (or a number) may start.
  @inline(__always)
  func firstIndex(
    ofDigitOr a: Unicode.Scalar, _ b: Unicode.Scalar, _ c: Unicode.Scalar, from start: Int,
    to end: Int
  ) -> Int? {
    guard let base = baseAddress else { return nil }
    let end = Swift.min(end, count)
    var i = Swift.max(start, 0)
    let raw = UnsafeRawPointer(base)
    let va = SIMD8<UInt32>(repeating: a.value)
    let vb = SIMD8<UInt32>(repeating: b.value)
    let vc = SIMD8<UInt32>(repeating: c.value)
    let zero = SIMD8<UInt32>(repeating: 0x30)
    let ten = SIMD8<UInt32>(repeating: 10)
    while i &+ 8 <= end {
      let v = raw.loadUnaligned(fromByteOffset: i &* 4, as: SIMD8<UInt32>.self)
      if any(((v &- zero) .< ten) .| (v .== va) .| (v .== vb) .| (v .== vc)) { break }
      i &+= 8
    }
    while i < end {
      let s = self[i]
      if s.isASCIIDigit || s == a || s == b || s == c { return i }
      i &+= 1
    }
    return nil
  }

  /// Whether the scalars at `index` spell `word`.
  @inline(__always)
  func matches(_ word: [Unicode.Scalar], at index: Int) -> Bool {
    guard index >= 0, index + word.count <= count else { return false }
    return word.withUnsafeBufferPointer { w in
      for k in 0..<w.count where self[index + k] != w[k] { return false }
      return true
    }
  }

  /// First index of `word` at or after `start`: a scan for its first scalar, then a compare.
  func firstIndex(of word: [Unicode.Scalar], from start: Int = 0) -> Int? {
    guard !word.isEmpty, word.count <= count else { return nil }
    return word.withUnsafeBufferPointer { w -> Int? in
      let first = w[0]
      var i = Swift.max(start, 0)
      let last = count - w.count
      while i <= last {
        if self[i] == first {
          var k = 1
          while k < w.count, self[i + k] == w[k] { k += 1 }
          if k == w.count { return i }
        }
        i += 1
      }
      return nil
    }
  }
}

extension String {
  /// The string of `scalars`, encoded straight into the string's UTF-8 storage (appending to a
  /// `String.UnicodeScalarView` goes through generic, unspecialized code, one scalar at a time).
  init(encoding scalars: ArraySlice<Unicode.Scalar>) {
    var count = 0
    for scalar in scalars { count += UTF8.width(scalar) }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var i = 0
      for scalar in scalars {
        let v = scalar.value
        if v < 0x80 {
          buffer[i] = UInt8(truncatingIfNeeded: v)
          i += 1
        } else if v < 0x800 {
          buffer[i] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          i += 2
        } else if v < 0x10000 {
          buffer[i] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
          buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          i += 3
        } else {
          buffer[i] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
          buffer[i + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
          buffer[i + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
          buffer[i + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
          i += 4
        }
      }
      return i
    }
  }

  /// The string of `scalars` without the spaces, tabs and ideographic spaces at either end
  /// (`String(encoding:).trimmingSpaces` without the intermediate string).
  init(trimming scalars: ArraySlice<Unicode.Scalar>) {
    var lo = scalars.startIndex
    var hi = scalars.endIndex
    while lo < hi, scalars[lo] == " " || scalars[lo] == "\t" || scalars[lo] == "\u{3000}" {
      lo += 1
    }
    while hi > lo,
      scalars[hi - 1] == " " || scalars[hi - 1] == "\t" || scalars[hi - 1] == "\u{3000}"
    {
      hi -= 1
    }
    self.init(encoding: scalars[lo..<hi])
  }

  /// The string of `scalars`.
  init(encoding scalars: [Unicode.Scalar]) {
    self.init(encoding: scalars[...])
  }
}

/// Scalars of a string literal, for matching.
@inline(__always)
func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

extension Unicode.Scalar {
  @inline(__always) var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
  @inline(__always) var isSpace: Bool { value == 0x20 }
  /// `0-9`, `A-F`, `a-f` (what `properties.isASCIIHexDigit` says, without the property lookup).
  @inline(__always) var isASCIIHexDigit: Bool {
    isASCIIDigit || (value | 0x20) &- 0x61 < 6
  }
}
