/// A heading that names a stage with a year printed without `年度` (`R6補正予算`, `R5当初`,
/// `令和6補正`, `H30当初`; branch hunt): the year is certain (an era's letter or name and its
/// number), so the heading is read as the year it names (`令和6年度補正予算`), never left to
/// the title's year above it.
public enum BareEraStage {
  static let eraNames: [(String, String)] = [
    ("令和", "令和"), ("平成", "平成"), ("昭和", "昭和"), ("令", "令和"), ("平", "平成"),
    ("R", "令和"), ("H", "平成"), ("S", "昭和"),
  ]
  static let brackets: Set<Character> = [
    "<", ">", "＜", "＞", "【", "】", "[", "]", "〔", "〕", "(", ")",
  ]

  /// The heading with its year in full (`令和6年度補正予算`), or nil when the text is no such
  /// heading (a year with `年度`, no stage word, or words besides the year and the stage).
  public static func fullForm(_ text: String) -> String? {
    var rest = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    rest = withoutLeadingMark(rest).drop { brackets.contains($0) }
    while let last = rest.last, brackets.contains(last) { rest = rest.dropLast() }
    guard let (printed, era) = eraNames.first(where: { rest.hasPrefix($0.0) }) else { return nil }
    rest = rest.dropFirst(printed.count)
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(digits.count) else { return nil }
    let stage = rest.dropFirst(digits.count)
    guard let first = stage.first, !first.isNumber, !stage.contains("年"), stage.count <= 8,
      !ColumnMeaning.Stage.named(in: stage).isEmpty, stage.allSatisfy({ !$0.isNumber })
    else { return nil }
    return era + digits + "年度" + stage
  }

  /// `H30当初` under `平成30年度消防庁予算(案)`: the initial budget of the year the heading in
  /// force names as its draft or initial budget (no other stage): the heading adds nothing,
  /// and the items keep the heading in force.
  public static func restatesInitial(_ full: String, context: String?) -> Bool {
    guard let context, let year = full.range(of: "年度") else { return false }
    let stages = Set(ColumnMeaning.Stage.named(in: full[year.upperBound...]))
    let inForce = Set(ColumnMeaning.Stage.named(in: context))
    return context.contains(full[..<year.upperBound]) && stages == [.initial]
      && inForce.isSubset(of: [.initial, .proposal]) && !inForce.isEmpty
  }

  /// `■R6補正予算`, `1.R6補正予算`, `※以上、…`: the text after a heading's mark or number.
  public static func withoutLeadingMark(_ text: Substring) -> Substring {
    var rest = text.drop { "■□◆◇●○◎・★☆※◯".contains($0) }
    if let open = rest.first, "(（".contains(open) {
      let inner = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
      if !inner.isEmpty, let close = rest.dropFirst(inner.count + 1).first, ")）".contains(close) {
        return rest.dropFirst(inner.count + 2)
      }
    }
    let number = rest.prefix { $0.isASCII && $0.isNumber }
    if !number.isEmpty, let next = rest.dropFirst(number.count).first, ".．)）、".contains(next) {
      rest = rest.dropFirst(number.count + 1)
    }
    return rest
  }
}
