/// The first layer of the extract stage: decoded text → physical lines. Splits on `\n` (a
/// trailing `\r` and a leading BOM are dropped), applies `InputHygiene` to every scalar, and
/// remembers which lines began a new page (a form feed). Line numbers are those of the input.
///
/// It reads the text's UTF-8 bytes once, decoding scalars into one scratch buffer that every
/// line reuses; each line then costs one array of exactly its length (two when a scalar of it
/// folds).
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
      var i = 0
      let n = bytes.count
      while i < n {
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
        if value == 0x0A {
          emit(&reader)
          reader.lastWasNewline = true
        } else {
          reader.lastWasNewline = false
          reader.add(Unicode.Scalar(value) ?? "\u{FFFD}", firstLine: count == 0)
        }
      }
      emit(&reader)
      if reader.lastWasNewline {
        count -= 1
        lines.removeLast()
      }
    }
    if InputHygiene.digitsAreSpaced(lines, candidates: eraLines, eras: lexicon.eras) {
      let unitWords = InputHygiene.calendarWords.union(lexicon.unitScalars)
      for i in lines.indices { InputHygiene.joinCJKDigitSpaces(&lines[i], unitWords: unitWords) }
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
    var lastWasNewline = false

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
