import BudgetModel

/// The layout of 総務省's 「令和6年度 総務省所管予算(案)の概要」: title and publication month;
/// sections `第1 一般会計` with headline totals and a summary table; the overview list after
/// 「…における主要事項」; the detail sections (chapters I–V, items, `(1)`, `(a)`) with
/// 【主な経費】 lists, breakdown bullets and bracketed memo figures; the FILP requests (財投).
/// Its rules are the state machine `ExtractionState` (and its extensions); its words are here.
public struct SoumuOverviewLayout: DocumentLayout {
  public init() {}

  public var name: String { "soumu-overview" }

  /// The line that opens the overview list.
  static let overviewMark = scalars("主要事項")
  /// Words of a FILP block heading.
  static let filpMarks = [scalars("財投"), scalars("財政投融資")]
  /// A section heading: `第1` / `第二`.
  static let sectionMark: Unicode.Scalar = "第"
  /// The 【主な経費】 list.
  static let mainExpenseMark = scalars("【主な経費】")

  public var listMarks: [[Unicode.Scalar]] { [Self.mainExpenseMark] }

  /// Counts what this layout prints: 【主な経費】 lines, the overview mark, section headings
  /// and FILP words, and numbered headings.
  /// A document with neither the 【主な経費】 list nor the 主要事項 overview over Roman-numeral
  /// chapters (`I 章`) is not this layout's: 0 (other ministries' documents print 主要事項 in
  /// a title and numbered headings too).
  public func detect(_ lines: [Line]) -> Int {
    let expenses = lines.contains { $0.normalized.firstIndex(of: Self.mainExpenseMark) != nil }
    let overview = lines.contains { $0.normalized.firstIndex(of: Self.overviewMark) != nil }
    let chapters = lines.contains {
      guard let first = $0.normalized.first, first == "I" || first == "Ⅰ" else { return false }
      return $0.normalized.count > 1 && $0.normalized[1] == " "
    }
    let marked = expenses || (overview && chapters)
    guard marked else { return 0 }
    var score = 0
    for line in lines {
      let s = line.normalized
      guard let first = s.firstIndex(where: { $0 != " " }) else { continue }
      if s.firstIndex(of: Self.mainExpenseMark) != nil { score += 3 }
      if s.firstIndex(of: Self.overviewMark) != nil { score += 3 }
      if s[first] == Self.sectionMark, first + 1 < s.count, s[first + 1].isASCIIDigit { score += 2 }
      if OutlineHeading.markerLength(s, at: first) != nil { score += 1 }
    }
    return score
  }

  public func extract(_ lines: [Line], lexicon: Lexicon, into document: inout ExtractedDocument) {
    var state = ExtractionState(document: document, lexicon: lexicon)
    for line in lines { state.consume(line) }
    state.finish()
    document = state.document
  }
}
