import Foundation

/// The first layer of the extract stage: decoded text → physical lines. Splits on `\n` (a
/// trailing `\r` and a leading BOM are dropped), applies `InputHygiene` to every scalar, and
/// remembers which lines began a new page (a form feed). Line numbers are those of the input.
///
/// It reads the text's UTF-8 bytes: a line (found with `memchr`) that hygiene leaves as it is
/// — most lines — is checked and counted in one pass over its bytes and decoded in a second
/// into one array of exactly its length (two when a scalar of it folds); the others go scalar
/// by scalar through a scratch buffer that every line reuses.
struct PhysicalLines {
  var lines: [Line] = []
  /// Number of lines in the input.
  var count = 0
  /// Indices of the lines that hold the first scalar of an era (for `InputHygiene`).
  private var eraLines: [Int] = []

  init(_ text: String, lexicon: Lexicon) {
    var text = text
    lines.reserveCapacity(text.utf8.count / 32)
    text.withUTF8 { bytes in
      let scratch = UnsafeMutableBufferPointer<Unicode.Scalar>.allocate(capacity: bytes.count + 1)
      defer { scratch.deallocate() }
      let initials = lexicon.eras.compactMap { $0.first?.value }
      var reader = Reader(
        scratch: scratch, eraInitials: initials, lowestInitial: initials.min() ?? .max)
      let eraInitials = EraInitials(initials)
      var start = 0
      let n = bytes.count
      while start <= n {
        let end = Self.lineEnd(bytes, from: start)
        // The first line (a BOM) and lines with control characters, radicals or
        // non-characters go through the reader, scalar by scalar; the others are decoded
        // straight into their array.
        if count > 0,
          let line = Self.plainLine(bytes, start, end, scratch: scratch, eras: eraInitials)
        {
          count += 1
          if line.eraInitial { eraLines.append(lines.count) }
          lines.append(line.line(number: count))
        } else {
          read(bytes, start, end, into: &reader)
          emit(&reader)
        }
        start = end + 1
      }
      // Text ending with a newline has no line after it.
      if n > 0, bytes[n - 1] == 0x0A {
        count -= 1
        lines.removeLast()
      }
    }
    if InputHygiene.digitsAreSpaced(lines, candidates: eraLines, eras: lexicon.eras) {
      let unitWords = InputHygiene.calendarWords.union(lexicon.unitScalars)
      for i in lines.indices { InputHygiene.joinCJKDigitSpaces(&lines[i], unitWords: unitWords) }
    }
  }

  /// The index of the next `\n` at or after `start`, or the end of the text.
  @inline(__always)
  static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard start < bytes.count, let base = bytes.baseAddress,
      let hit = memchr(base + start, 0x0A, bytes.count - start)
    else { return bytes.count }
    return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
  }

  /// A line decoded without the reader: its scalars, and whether one of them folds or is the
  /// first scalar of an era.
  struct PlainLine {
    var scalars: [Unicode.Scalar]
    var folds: Bool
    var eraInitial: Bool

    func line(number: Int) -> Line {
      // A line with nothing to fold shares one storage for both (copy on write).
      Line(number: number, original: scalars, normalized: folds ? scalars.map(Line.fold) : scalars)
    }
  }

  /// `bytes[start..<end]` decoded when no scalar of it is changed or dropped by
  /// `InputHygiene.clean` (controls, CR, form feed, C1, radicals, non-characters): nil
  /// otherwise. One pass decodes into `scratch` and checks; the line's array is a copy of
  /// exactly its length.
  static func plainLine(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
    scratch: UnsafeMutableBufferPointer<Unicode.Scalar>, eras: EraInitials
  ) -> PlainLine? {
    var folds = false
    var eraInitial = false
    var i = start
    var k = 0
    while i < end {
      let b0 = UInt32(bytes[i])
      var value = b0
      if b0 < 0x80 {
        i &+= 1
        if b0 < 0x20 {
          guard b0 == 0x09 else { return nil }
          folds = true
        } else if b0 == 0x7F {
          return nil
        }
      } else {
        if b0 < 0xE0 {
          value = (b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F)
          i &+= 2
          if value < 0xA0 { return nil }  // C1 controls
          if value == 0xA0 { folds = true }
        } else if b0 < 0xF0 {
          value =
            (b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
          i &+= 3
          // Kana, kanji and the rest up to the full-width forms (most scalars of a Japanese
          // text) neither fold nor are radicals or non-characters: one compare for them.
          if value &- 0x3016 < 0xFF01 - 0x3016 {
            if !eraInitial, eras.contains(value) { eraInitial = true }
            scratch[k] = Self.scalar(value)
            k &+= 1
            continue
          }
          if value &- 0x2E80 <= 0x2FDF - 0x2E80 || value >= 0xFFFE { return nil }
          if value &- 0x2014 <= 0x3015 - 0x2014 || value &- 0xFF01 <= 0xFF5E - 0xFF01,
            !folds, Line.fold(Self.scalar(value)) != Self.scalar(value)
          {
            folds = true
          }
        } else {
          value =
            (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12
            | UInt32(bytes[i &+ 2] & 0x3F) << 6 | UInt32(bytes[i &+ 3] & 0x3F)
          i &+= 4
        }
      }
      if !eraInitial, eras.contains(value) { eraInitial = true }
      scratch[k] = Self.scalar(value)
      k &+= 1
    }
    let scalars = Array(UnsafeBufferPointer(rebasing: scratch[0..<k]))
    return PlainLine(scalars: scalars, folds: folds, eraInitial: eraInitial)
  }

  /// The scalar of a value decoded from a `String`'s UTF-8, which is valid (no surrogate,
  /// nothing above U+10FFFF): no check again.
  @inline(__always)
  static func scalar(_ value: UInt32) -> Unicode.Scalar {
    unsafeBitCast(value, to: Unicode.Scalar.self)
  }

  /// The first scalars of the eras, with a 64-bit filter in front of the list: most scalars
  /// are ruled out by one bit test.
  struct EraInitials {
    let values: [UInt32]
    let filter: UInt64

    init(_ values: [UInt32]) {
      self.values = values
      filter = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
      filter & (1 &<< UInt64(value & 63)) != 0 && values.contains(value)
    }
  }

  /// Feeds the scalars of `bytes[start..<end]` to the reader (the slow path).
  private func read(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into reader: inout Reader
  ) {
    var i = start
    while i < end {
      let b0 = UInt32(bytes[i])
      var value = b0
      if b0 < 0x80 {
        i += 1
      } else if b0 < 0xE0 {
        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        i += 2
      } else if b0 < 0xF0 {
        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        i += 3
      } else {
        value =
          (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
          | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        i += 4
      }
      reader.add(Unicode.Scalar(value) ?? "\u{FFFD}", firstLine: count == 0)
    }
  }

  /// The scalars of the line being read, in a buffer that every line reuses.
  private struct Reader {
    let scratch: UnsafeMutableBufferPointer<Unicode.Scalar>
    let eraInitials: [UInt32]
    /// The smallest of `eraInitials`: most scalars are below it.
    let lowestInitial: UInt32
    var length = 0
    /// Whether the line holds the first scalar of an era (after folding).
    var eraInitial = false
    /// Whether a scalar of the line changes under `Line.fold` (most lines have none).
    var folds = false
    var formFeed = false
    /// Whether the line holds a scalar other than a space or a tab so far.
    var filled = false
    /// Carriage returns kept in the line (dropped when it is emitted).
    var returns = 0

    @inline(__always)
    mutating func add(_ scalar: Unicode.Scalar, firstLine: Bool) {
      // A form feed before any text starts a page (as `pdftotext` prints them); elsewhere it
      // is a stray control character.
      if scalar == "\u{C}", !filled { formFeed = true }
      if scalar == "\r" || (firstLine && length == 0 && scalar == "\u{FEFF}") {
        // A CR only ends a line (CRLF); a BOM only starts the input.
        if scalar == "\r" { returns += 1 }
        append(scalar)
        return
      }
      guard let kept = InputHygiene.clean(scalar) else { return }
      append(kept)
      let folded = Line.fold(kept)
      if folded != kept { folds = true }
      if folded.value >= lowestInitial, !eraInitial, eraInitials.contains(folded.value) {
        eraInitial = true
      }
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
      scratch[length] = scalar
      length += 1
      if scalar != " " && scalar != "\t" { filled = true }
    }

    /// The line's scalars without a leading BOM (first line), its trailing CR or any other CR.
    func original(firstLine: Bool) -> [Unicode.Scalar] {
      var lo = 0
      var hi = length
      if firstLine, hi > 0, scratch[0] == "\u{FEFF}" { lo = 1 }
      var strayReturns = returns
      if hi > lo, scratch[hi - 1] == "\r" {
        hi -= 1
        strayReturns -= 1
      }
      let kept = UnsafeBufferPointer(rebasing: scratch[lo..<hi])
      // A stray CR inside a line is a control character like any other.
      return strayReturns > 0 ? kept.filter { $0 != "\r" } : Array(kept)
    }

    mutating func reset() {
      length = 0
      folds = false
      formFeed = false
      filled = false
      returns = 0
      eraInitial = false
    }
  }

  private mutating func emit(_ reader: inout Reader) {
    count += 1
    let original = reader.original(firstLine: count == 1)
    // A line with nothing to fold shares one storage for both (copy on write: the first
    // step that edits one of them copies it).
    let normalized = reader.folds ? original.map(Line.fold) : original
    var line = Line(number: count, original: original, normalized: normalized)
    line.startsPage = reader.formFeed
    if reader.eraInitial { eraLines.append(lines.count) }
    lines.append(line)
    reader.reset()
  }
}
