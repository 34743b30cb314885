import BudgetModel

extension SummaryBuilder {
  /// A legend line of an item list, `平成31年度概算要求額(平成30年度当初予算額) 【対前年度増減額】`:
  /// the amount outside the brackets takes what the text outside them names, when it names one
  /// year and stage and the parentheses name the prior year's initial budget (the figure the
  /// parentheses after an amount are read as); nil when the context is no such legend.
  func legendMeasure(_ context: String) -> Measure? {
    let opening: Set<Character> = ["(", "【", "[", "〔"]
    let closing: Set<Character> = [")", "】", "]", "〕"]
    var head = ""
    var depth = 0
    for ch in context {
      if opening.contains(ch) {
        depth += 1
      } else if closing.contains(ch) {
        depth -= 1
      } else if depth == 0 {
        head.append(ch)
      }
    }
    guard depth == 0, head != context, head.contains("年度"), yearsNamed(head).count == 1,
      !namesSeveralStages(head), let named = measure(ofLine: head)
    else { return nil }
    // The parentheses must name the prior year's initial budget, else a prior read from
    // them would be another figure.
    let afterOpen = context.split(whereSeparator: { opening.contains($0) }).dropFirst().first ?? ""
    let inner =
      afterOpen.split(whereSeparator: { closing.contains($0) }).first.map(String.init) ?? ""
    guard measure(ofLine: inner) == .priorInitial else { return nil }
    return named
  }
}
