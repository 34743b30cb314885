import BudgetModel
import Testing

@testable import BudgetExtract

/// The bare figures of unit-printed pairs, proven by the document's blocks together
/// (`GenericReader+BareUnitPairs`), on excerpts of fukko-r5-bousai-hakusho (令和5年版 防災白書,
/// lines 21-40; issue #20).
@Suite struct BareUnitPairsTests {
  static let blocks = [
    "<1>被災者支援総合交付金", "", "令和5年度予算額", "10,201百万円", "令和4年度予算額", "11,527", "",
    "<2>被災した児童生徒等への就学等支援", "", "令和5年度予算額", "2,304百万円", "令和4年度予算額", "2,570", "",
    "<3>緊急スクールカウンセラー等活用事業", "", "令和5年度予算額", "1,572百万円", "令和4年度予算額", "1,671",
  ]

  static func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader.reading(texts)
    reader.readBareUnitPairs()
    return reader
  }

  static func figures(_ table: SummaryTableRecord) -> [String] {
    table.rows[0].cells.map { $0.amount.map { "\($0.parts[0].number)" } ?? "-" }
  }

  // Three blocks, each bare figure within a factor of two of the figure above it (11,527 /
  // 10,201, 2,570 / 2,304, 1,671 / 1,572): under any other unit each would be ten times off.
  @Test func threeBlocksProveTheUnit() throws {
    let reader = Self.reading(Self.blocks)
    #expect(reader.tables.count == 3)
    #expect(
      reader.tables.map(Self.figures) == [
        ["10201", "11527"], ["2304", "2570"], ["1572", "1671"],
      ])
    let first = try #require(reader.tables.first)
    #expect(first.unit == "百万円")
    #expect(first.meanings?.map(\.fiscalYearLabel) == ["令和5年度", "令和4年度"])
    #expect(first.rows[0].cellLines == [4, 6])
    #expect(!reader.diagnostics.contains { $0.kind == .unitUnknown })
  }

  // Two blocks are too few to tell a layout's habit from a coincidence: reported as before.
  @Test func twoBlocksAreNotEnough() {
    let reader = Self.reading(Array(Self.blocks.prefix(13)))
    #expect(reader.tables.map(Self.figures) == [["10201"], ["2304"]])
    #expect(reader.diagnostics.filter { $0.kind == .unitUnknown }.map(\.span.line) == [6, 13])
  }

  // One bare figure a thousandfold off (printed in 千円 as 1,671,000): no block is read whole.
  @Test func oneFigureOutOfBoundsKeepsEveryBareFigureReported() {
    var texts = Self.blocks
    texts[texts.count - 1] = "1,671,000"
    let reader = Self.reading(texts)
    #expect(reader.tables.map(Self.figures) == [["10201"], ["2304"], ["1572"]])
    #expect(reader.diagnostics.filter { $0.kind == .unitUnknown }.count == 3)
  }
}
