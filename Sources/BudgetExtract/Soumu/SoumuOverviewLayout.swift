import BudgetModel

/// The layout of 総務省's 「令和6年度 総務省所管予算(案)の概要」: title and publication month;
/// sections `第1 一般会計` with headline totals and a summary table; the overview list after
/// 「…における主要事項」; the detail sections (chapters I–V, items, `(1)`, `(a)`) with
/// 【主な経費】 lists, breakdown bullets and bracketed memo figures; the FILP requests (財投).
/// Its words are here and in `SoumuFigures`; its rules are the state machine
/// `SoumuOverviewMachine`, whose parts (`SoumuPreamble`, `SoumuSection`, `SoumuOutline`,
/// `SoumuFilp`) read the shared blocks: segments, figures and units, outline markers, cells.
public struct SoumuOverviewLayout: DocumentLayout {
  public init() {}

  public var name: String { "soumu-overview" }

  /// The line that opens the overview list.
  static let overviewMark = scalars("主要事項")
  /// Words of a FILP block heading.
  static let filpMarks = [scalars("財投"), scalars("財政投融資")]
  /// The first scalar of every FILP word (`財`).
  static let filpInitial: Unicode.Scalar = "財"
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
    // One pass: the marks and the score together (the score counts only when marked).
    var expenses = false
    var overview = false
    var chapters = false
    var score = 0
    for line in lines {
      let s = line.normalized
      if let first = s.first, first == "I" || first == "Ⅰ", s.count > 1, s[1] == " " {
        chapters = true
      }
      guard let first = s.firstIndex(where: { $0 != " " }) else { continue }
      let (expense, overviewMark) = Self.marks(s, from: first)
      if expense {
        expenses = true
        score += 3
      }
      if overviewMark {
        overview = true
        score += 3
      }
      if s[first] == Self.sectionMark, first + 1 < s.count, s[first + 1].isASCIIDigit { score += 2 }
      if OutlineHeading.markerLength(s, at: first) != nil { score += 1 }
    }
    return expenses || (overview && chapters) ? score : 0
  }

  /// Whether `s` holds 【主な経費】 and whether it holds 主要事項, in one scan.
  static func marks(_ s: [Unicode.Scalar], from start: Int) -> (expense: Bool, overview: Bool) {
    var expense = false
    var overview = false
    let expenseInitial = mainExpenseMark[0]
    let overviewInitial = overviewMark[0]
    s.withUnsafeBufferPointer { b in
      var k = start
      while let hit = b.firstIndex(
        ofAny: expenseInitial, overviewInitial, expenseInitial, overviewInitial, from: k)
      {
        let ch = b[hit]
        if ch == expenseInitial, !expense, b.matches(mainExpenseMark, at: hit) { expense = true }
        if ch == overviewInitial, !overview, b.matches(overviewMark, at: hit) { overview = true }
        k = hit &+ 1
      }
    }
    return (expense, overview)
  }

  public func extract(_ lines: [Line], lexicon: Lexicon, into document: inout ExtractedDocument) {
    let segmenter = Segmenter(listMarks: listMarks)
    var machine = SoumuOverviewMachine(lexicon: lexicon)
    for line in lines {
      // Most lines are one segment, cleaned in place: no array of segments for them. The
      // scan that tells a plain line also tells whether it holds the first scalar of the FILP
      // words (a line without it opens no FILP block).
      let (plain, filpInitial) = segmenter.isPlain(line, holding: Self.filpInitial)
      if plain {
        if let segment = Segment.clean(line) {
          document.apply(machine.segmentReceived(segment, mayOpenFilp: filpInitial))
        }
        continue
      }
      for segment in segmenter.segments(of: line, marked: true) {
        document.apply(machine.segmentReceived(segment))
      }
    }
    document.apply(machine.endOfText())
  }

  /// A FILP block's heading (`財投`, `財政投融資`), not an outline heading, a bracketed request
  /// or a bullet.
  static func opensFilp(_ seg: Segment) -> Bool {
    let s = seg.s
    return s.containsAny(of: filpMarks) && OutlineHeading.parse(s) == nil && !s.contains("[")
      && !seg.isBullet
  }

  /// A section heading: `第1 一般会計`, `第二 …`.
  static func opensSection(_ s: [Unicode.Scalar]) -> Bool {
    s.first == sectionMark && s.count > 1
      && (s[1].isASCIIDigit || KanjiNumeral.parse(s, at: 1) != nil)
  }
}

extension ExtractedDocument {
  /// Does what the machine asks: adds the records of a part that has ended.
  mutating func apply(_ action: SoumuOverviewMachine.Action) {
    if case .emit(let records) = action { append(records) }
  }
}
