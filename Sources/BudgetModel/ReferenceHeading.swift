/// A reference heading (`(参考)基金残高`, `【参考】融資規模`, `<参考>…`): what follows is shown
/// for reference, so a heading of this kind that names no year or stage says nothing certain
/// of the amounts under it (branch hunt5; issue #20).
public enum ReferenceHeading {
  /// The marks such a heading opens with.
  public static let marks = ["(参考)", "（参考）", "【参考】", "[参考]", "<参考>", "＜参考＞", "〈参考〉", "〔参考〕"]

  /// The words after the mark, when the text (spaces removed) opens with one and has any.
  public static func remainder(_ compact: String) -> String? {
    guard let mark = marks.first(where: compact.hasPrefix) else { return nil }
    let rest = String(compact.dropFirst(mark.count))
    return rest.isEmpty ? nil : rest
  }

  /// Whether the text (spaces removed) is a mark alone: `(参考)`, `〔参考〕` on a line of its
  /// own over the amounts below it.
  public static func isBare(_ compact: String) -> Bool { marks.contains(compact) }

  /// Whether a heading in force over items is a reference heading naming no fiscal year.
  public static func saysNothingOfItsItems(_ context: String) -> Bool {
    let compact = context.filter { $0 != " " && $0 != "\u{3000}" }
    return (remainder(compact) != nil || isBare(compact)) && !compact.contains("年度")
  }
}
