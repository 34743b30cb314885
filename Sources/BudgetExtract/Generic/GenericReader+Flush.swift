import BudgetModel

extension GenericReader {
  /// Header lines given back as text when no table follows them: each read as what it is (a
  /// note, an amount line, text).
  mutating func flush(_ draft: HeaderDraft) {
    for (line, text) in zip(draft.lines, draft.texts) {
      // The year after a unit statement (`unitTailYear`) is a header's word or nothing: no
      // title, no heading of the amounts below.
      if case .unit = GenericLine.classify(line, parser: parser) { continue }
      if Self.isNote(text) {
        reportFigures(in: line, text: text, why: "a figure in a note is not exported")
      } else if let records = AmountLine.parse(line, text: text, parser: parser) {
        accept(records, line: line, text: text)
      } else {
        noteText(text, line)
      }
    }
  }
}
