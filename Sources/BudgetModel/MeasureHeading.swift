/// A heading with no figure and no year that names a stage or an amount of the execution
/// (`決算額の推移`, `【補正後予算額】`, `○執行額`, `概算要求額の推移`): the amounts below are of
/// what it names, not of the document's stage. The one test the reader (which makes such a
/// line the context of the amounts below) and the transform (which reads their measure) share
/// (branch hunt3; issue #20).
public enum MeasureHeading {
  /// Whether a line (spaces removed) is such a heading.
  /// `【補正予算】`, `○当初予算`, `第2次補正予算`, `補正予算(第1号)`: a line that is nothing but
  /// a stage is one too.
  public static func names(_ compact: String) -> Bool {
    let text = withoutSupplementNumber(compact)
    guard text.count <= 30, !text.contains(where: \.isNumber),
      !text.contains(where: { "。、,，".contains($0) }), !text.contains("年度")
    else { return false }
    return !ColumnMeaning.Stage.named(in: text).isEmpty
      || executionWords.contains(where: text.contains)
  }

  /// The text without the number of a supplementary budget (`第2次`, `第1号`), which is no
  /// figure of the heading.
  static func withoutSupplementNumber(_ compact: String) -> String {
    let chars = Array(compact)
    var out = ""
    var i = 0
    while i < chars.count {
      if chars[i] == "第" {
        var j = i + 1
        while j < chars.count, chars[j].isNumber { j += 1 }
        if j > i + 1, j < chars.count, "次号".contains(chars[j]) {
          out.append(chars[i])
          out.append(chars[j])
          i = j + 1
          continue
        }
      }
      out.append(chars[i])
      i += 1
    }
    return out
  }

  /// Whether a heading restates what the context in force (a heading naming a year) already
  /// names: no amount of the execution, and no stage that context does not name
  /// (`・歳入歳出決算の概要` under `○ 平成22年度決算(特許特別会計)`). The context is kept.
  public static func restates(_ compact: String, context: String?) -> Bool {
    guard let context, context.contains("年度"), !namesExecution(compact) else { return false }
    let named = Set(ColumnMeaning.Stage.named(in: context))
    return Set(ColumnMeaning.Stage.named(in: compact)).isSubset(of: named)
  }

  /// Whether the heading names an amount of the execution of a budget, no budget.
  public static func namesExecution(_ compact: String) -> Bool {
    executionWords.contains(where: compact.contains)
  }

  /// Words of an amount of the execution of a budget (the budget in force, what was spent,
  /// what is left or expected), not of a budget of one stage: `現行予算の推移` over a year
  /// series had still exported its budget year's and prior year's rows (their labels name
  /// their years, and the heading was read only for labels naming none).
  static let executionWords = [
    "執行額", "予算現額", "見込額", "実績額", "不用額", "残額", "現行予算", "現計予算",
  ]
}
