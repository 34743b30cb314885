import BudgetModel

/// The name of an amount line that prints no label of its own, on the line above it.
extension GenericReader {
  enum LabelAbove: Equatable {
    /// The row's name.
    case name(String)
    /// One character of a label printed one character per line whose first characters are
    /// not known (`入` over `239 億円`, its `雑` / `収` printed elsewhere): no row is named.
    case cut
    /// No name above.
    case none
  }

  /// The line above as the amount's name: a year and stage caption, a label, a label spaced
  /// one character per line (`そ` / `の` / `他`, every text line since the last line of
  /// figures: `その他`), or the words a leader leads from (`A 活動に伴う…関連経費` over
  /// `・・・・・・ 約563億円`: the dots say the name is the line above, whatever its words).
  func labelAbove(_ line: Line, compact: String) -> LabelAbove {
    guard let previous, previous.amountCount == 0 else { return .none }
    if let caption = yearStageCaption(before: line) { return .name(caption) }
    let text = previous.text
    if text.filter({ $0 != " " && $0 != "\u{3000}" }).count == 1 {
      return spacedLabel(endingAt: previous.line).map { .name($0) } ?? .cut
    }
    if Self.isLabel(text) { return .name(Self.joinLabel([text])) }
    let ledByDots = ["・・", "……", "‥‥", "・…", "…・"].contains(where: compact.hasPrefix)
    if ledByDots, Self.isLeaderName(text) { return .name(Self.joinLabel([text])) }
    return .none
  }

  /// The characters of a label printed one per line, two at least, ending at `last`: only when
  /// a line of figures comes right before them (else where the label starts is not known:
  /// `(注)` / `険` / `人` / `件` / `費` runs two labels together).
  func spacedLabel(endingAt last: Line) -> String? {
    var run: [String] = []
    var number = last.number
    for (line, kind) in idleLog.lines.reversed() where line.number <= last.number {
      guard line.number == number else { return nil }
      let compact = GenericLine.text(of: line).filter { $0 != " " && $0 != "\u{3000}" }
      if case .text = kind, compact.count == 1, !compact.contains(where: \.isNumber) {
        run.insert(compact, at: 0)
        number -= 1
        continue
      }
      return run.count >= 2 && line.normalized.contains(where: \.isASCIIDigit) ? run.joined() : nil
    }
    return nil
  }

  /// Words a leader leads from: no figure, no unit, no year, no note.
  static func isLeaderName(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    return (2...60).contains(compact.count) && !isNote(text) && !compact.contains("年度")
      && !compact.contains("円") && !holdsFigure(compact)
  }

  /// Nouns of one character that name a row of their own: a total, a level of government,
  /// `公` / `非` (公共 / 非公共, kokudo-r2).
  static let oneCharacterNames: Set<String> = [
    "計", "国", "県", "都", "道", "府", "市", "町", "村", "公", "非",
  ]

  /// A label of one letter that is no noun of its own: a word cut off, its other characters
  /// printed on another line (`前年度剰余金受` / `入 13,432 百万円`, national-h28-hosei2).
  static func isCutWord(_ label: String) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    return compact.count == 1 && compact.allSatisfy(\.isLetter)
      && !oneCharacterNames.contains(compact)
  }
}
