import BudgetModel

extension DocumentIdentifier {
  /// A title that prints its fiscal year and no stage (`令和7年度人事院予算等の概要`), under which
  /// a line starts with that same year's budget and names its stage (`令和7年度予算(政府案)…`):
  /// that stage is the document's, when every such line names the same one. Nil otherwise (the
  /// tables' headers, then the default, decide as before).
  func yearStageLine(in texts: [String], title: String, marked: [PhaseRule]) -> (
    BudgetPhase, String
  )? {
    guard let year = eras.matches(in: title).first(where: \.isFiscalYear) else { return nil }
    let opening = year.label.filter { $0 != " " && $0 != "\u{3000}" } + "予算"
    var found: [(BudgetPhase, String)] = []
    for text in texts.dropFirst() {
      let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
      guard compact.hasPrefix(opening),
        let phase = marked.lazy.compactMap({ $0.match(in: compact) }).first
      else { continue }
      found.append(phase)
    }
    guard let first = found.first, found.allSatisfy({ $0.0.code == first.0.code }) else {
      return nil
    }
    return first
  }
}
