import BudgetModel
import Testing

@testable import BudgetExtract

/// Round 21's rules (branch gapsy; issue #20): shapes of sets S and older read only where the
/// document's own words or arithmetic prove them.
@Suite struct GapsYTests {
  // kokudo-r4-kaiho-hosei-ships lines 1, 9-17, 25-29 (海上保安庁 令和4年度補正予算の概要).
  static let ships = [
    "●海上保安庁令和4年度補正予算の概要",
    "◇大型巡視船・航空機の増強",
    " ▷ヘリコプター搭載型巡視船(6,000トン型)の新造1隻に62億円。",
    " ▷新型練習船の新造1隻に55億円。",
    "◇巡視船艇等の老朽代替",
    " ▷小型測量船の新造1隻に4億円。",
    " ▷中型ヘリコプター(令和2年度補正予算)の継続1機に7億円。",
  ]

  static func oku(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 100_000_000_000_000 }
  }

  // Each line is one entry: its words, `に`, its amount, `。`: read as an item line (the
  // heading's year and stage), the mark and `に` off the label. The entry whose words name
  // another budget (`(令和2年度補正予算)`, the budget that began the work) stays reported: an
  // item's label naming a year gives its amount that year's measure (`令和3年度補正予算` would
  // be exported as the prior year's supplementary budget; the amount is 令和4年度's).
  @Test func aMarkedSentenceOfOneEntryIsItsItemLine() {
    let reader = GenericReader.reading(Self.ships)
    let read = reader.amountLines.map { [Int128($0.span.line), Self.oku($0.amount)] }
    #expect(read == [[3, 62], [4, 55], [6, 4]])
    #expect(reader.amountLines.map(\.label)[0] == "ヘリコプター搭載型巡視船(6,000トン型)の新造1隻")
    #expect(reader.amountLines.allSatisfy { $0.scope == .item })
    #expect(!reader.diagnostics.contains { (3...6).contains($0.span.line) })
    #expect(reader.diagnostics.contains { $0.span.line == 7 })
    #expect(AllocationSentence.split(" ▷小型船(砕氷型,令和3年度補正予算)の継続1隻に29億円。") == nil)
  }

  // A sentence saying more than an entry's amount stays reported: a year or a prior year
  // outside parentheses, a second clause, a predicate, words or parentheses after the amount,
  // no mark, no `に` before the amount.
  @Test func aSentenceSayingMoreIsReported() {
    let variants = [
      " ▷令和3年度に62億円。",
      " ▷前年度に比べ62億円。",
      " ▷新型練習船の新造1隻に55億円、小型測量船に4億円。",
      " ▷新型練習船の建造費は前回に55億円。",
      " ▷新型練習船の新造1隻に55億円を計上。",
      " ▷新型練習船の新造1隻に55億円(前年度50億円)。",
      " 新型練習船の新造1隻に55億円。",
      " ▷新型練習船の新造1隻で55億円。",
    ]
    for variant in variants {
      let reader = GenericReader.reading([Self.ships[0], Self.ships[1], variant])
      #expect(reader.amountLines.isEmpty, "\(variant)")
      #expect(reader.diagnostics.contains { $0.span.line == 3 }, "\(variant)")
    }
    #expect(AllocationSentence.split(" ▷新型練習船の新造1隻に55億円。")?.amount == "55億円")
  }
}
