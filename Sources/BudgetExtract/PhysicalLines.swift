/// The first layer of the extract stage: decoded text → physical lines. Splits on `\n` (a
/// trailing `\r` and a leading BOM are dropped), applies `InputHygiene` to every scalar, and
/// remembers which lines began a new page (a form feed). Line numbers are those of the input.
struct PhysicalLines {
  var lines: [Line] = []
  /// Number of lines in the input.
  var count = 0

  init(_ text: String) {
    var original: [Unicode.Scalar] = []
    // Whether a scalar of the line changes under `Line.fold` (most lines have none).
    var folds = false
    var formFeed = false
    var lastWasNewline = false
    original.reserveCapacity(128)
    lines.reserveCapacity(text.utf8.count / 32)
    for scalar in text.unicodeScalars {
      if scalar == "\n" {
        emit(&original, folds: folds, &formFeed)
        folds = false
        lastWasNewline = true
        continue
      }
      lastWasNewline = false
      // A form feed before any text starts a page (as `pdftotext` prints them); elsewhere it is
      // a stray control character.
      if scalar == "\u{C}", !original.contains(where: { $0 != " " && $0 != "\t" }) {
        formFeed = true
      }
      if scalar == "\r" || (count == 0 && original.isEmpty && scalar == "\u{FEFF}") {
        // A CR only ends a line (CRLF); a BOM only starts the input.
        original.append(scalar)
        continue
      }
      guard let kept = InputHygiene.clean(scalar) else { continue }
      original.append(kept)
      if !folds, Line.fold(kept) != kept { folds = true }
    }
    emit(&original, folds: folds, &formFeed)
    if lastWasNewline {
      count -= 1
      lines.removeLast()
    }
    if InputHygiene.digitsAreSpaced(lines) {
      for i in lines.indices { InputHygiene.joinCJKDigitSpaces(&lines[i]) }
    }
  }

  private mutating func emit(
    _ original: inout [Unicode.Scalar], folds: Bool, _ formFeed: inout Bool
  ) {
    count += 1
    if count == 1, original.first == "\u{FEFF}" { original.removeFirst() }
    if original.last == "\r" { original.removeLast() }
    // A stray CR inside a line is a control character like any other.
    if original.contains("\r") { original.removeAll { $0 == "\r" } }
    // A line with nothing to fold shares one storage for both (copy on write: the first
    // step that edits one of them copies it).
    let normalized = folds ? original.map(Line.fold) : original
    var line = Line(number: count, original: original, normalized: normalized)
    line.startsPage = formFeed
    lines.append(line)
    original = []
    original.reserveCapacity(128)
    formFeed = false
  }
}
