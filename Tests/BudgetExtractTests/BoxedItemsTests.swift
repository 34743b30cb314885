import BudgetModel
import Testing

@testable import BudgetExtract

/// The items under a legend header's totals, their rates proven by the prior amounts they
/// imply (`GenericReader+BoxedItems`), on zaimu-h27-tokkai-gaisan lines 3-48 (平成27年度
/// 財務省所管特別会計予算概算額の概要, 地震再保険特別会計; issue #20).
@Suite struct BoxedItemsTests {
  static let items = [
    "地震再保険特別会計", "【概要】", "（説明文）", "(主な歳入)", "再 保 険 料 収 入", "1,153 億円", "(", "6.6 % )",
    "入", "239 億円", "(", "12.2 % )", "費", "1,391 億円", "(", "7.5 % )", "事 務 取 扱 費", "1 億円", "(",
    "1.2 % )", "(", "1.4 % )", "(△", "0.8 % )",
  ]

  func read(_ texts: [String]) -> GenericReader {
    BoxedLegendTests().read(Array(BoxedLegendTests.page.dropLast()) + texts)
  }

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  // 1,153 + 239 = 1,392 (歳入) and 1,153 / 1.066 + 239 / 1.122 ≈ 1,392 / 1.075; 1,391 + 1 = 1,392
  // (歳出) and 1,391 / 1.075 + 1 / 1.012 ≈ 1,392 / 1.075. The last two rates belong to no run.
  @Test func itemsAddingUpToATotalTakeTheirRates() throws {
    let reader = read(Self.items)
    #expect(reader.tables.count == 3)
    let items = Array(reader.tables.dropFirst())
    // `入` and `費` are the last characters of `雑収入` and `再保険費`, whose first ones PDF reading
    // order prints after the items: proven by the totals with the others, but reported.
    #expect(items.map { $0.rows.map(\.label) } == [["再保険料収入"], ["事務取扱費"]])
    #expect(items.map { $0.rows.map(figures) } == [[["1153", "6.6"]], [["1", "1.2"]]])
    #expect(reader.diagnostics.contains { $0.span.line == 31 && $0.text == "入" })
    #expect(reader.diagnostics.contains { $0.span.line == 35 && $0.text == "費" })
    let first = try #require(items.first)
    #expect(first.meanings?.map(\.kind) == [.amount, .ratePercent])
    #expect(first.meanings?.first?.fiscalYearLabel == "27年度")
    #expect(first.meanings?.last?.impliedBase == true)
    #expect(first.rows.map(\.cellLines) == [[27, 29]])
    #expect(reader.amountLines.isEmpty)
    // 1.4 % on line 43 belongs to no run: still reported.
    #expect(reader.diagnostics.contains { $0.span.line == 43 })
  }

  // A rate that the implied prior amounts do not give (6.6 % printed 9.6 %): nothing is read.
  @Test func aRateTheSumsContradictIsNotRead() {
    var texts = Self.items
    texts[7] = "9.6 % )"
    let reader = read(texts)
    #expect(reader.tables.count == 1)
  }

  // Amounts that do not add up to the total (1,153 + 238): their rates stay unread.
  @Test func itemsNotAddingUpAreNotRead() {
    var texts = Self.items
    texts[9] = "238 億円"
    #expect(read(texts).tables.count == 1)
  }
}

extension BoxedItemsTests {
  // The label printed whole on one line (`雑 収 入`) names its item: exported.
  @Test func anItemWhoseLabelIsPrintedWholeIsRead() {
    var texts = Self.items
    texts[8] = "雑 収 入"
    let reader = read(texts)
    #expect(reader.tables.dropFirst().first?.rows.map(\.label) == ["再保険料収入", "雑収入"])
  }
}
