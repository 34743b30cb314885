import BudgetModel
import Testing

@testable import BudgetExtract

/// A row with a cell the converter damaged (`2,15,16`, naikakufu-h25-shoshika-yosan lines
/// 11-18; issue #20): its other figures are read only when the rows' sums confirm them.
@Suite struct DamagedCellsTests {
  static let header = [
    "(単位:百万円)", "目指すべき社会と主要施策 予算額(当初) 決算額", "  23年度 24年度 25年度 23年度",
  ]
  static let parts = [
    "意欲を持って就業と自立に向かえるように 50,650 39,681 32,321 36,841",
    "社会生活に必要なことを学ぶ機会を 5,344 4,935 5,038 5,298",
  ]
  static let damaged =
    "1.子ども・子育てを支援し、若者が安心して成長できる社会へ 子ども・子育てを支援するとともに、教育機会の確保を 2,703,603 2,049,584 2,15,16 2,403,739"

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.parts[0].number)" } ?? "-" }
  }

  @Test func theOtherCellsOfADamagedRowAreReadWhenTheSubtotalConfirmsThem() throws {
    let reader = GenericReader.reading(
      Self.header + [Self.damaged] + Self.parts + ["小計 2,759,597 2,094,200 2,052,375 2,445,878"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 4)
    // 2,759,597 − 50,650 − 5,344 = 2,703,603; the damaged 25年度 cell is not read.
    #expect(figures(table.rows[0]) == ["2703603", "2049584", "-", "2403739"])
    #expect(table.rows[0].label == "1.子ども・子育てを支援し、若者が安心して成長できる社会へ 子ども・子育てを支援するとともに、教育機会の確保を")
    #expect(reader.diagnostics.contains { $0.message.contains("damaged") && $0.span.line == 4 })
  }

  @Test func aDamagedRowNoSumConfirmsIsReported() throws {
    // The subtotal is off by 1,000 in 24年度: the row's figures are not certain.
    let reader = GenericReader.reading(
      Self.header + [Self.damaged] + Self.parts + ["小計 2,759,597 2,095,200 2,052,375 2,445,878"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["意欲を持って就業と自立に向かえるように", "社会生活に必要なことを学ぶ機会を", "小計"])
    #expect(
      reader.diagnostics.contains { $0.kind == .unrecognizedLine && $0.span.line == 4 })
  }

  @Test func aDamagedTokenThatLeavesTheCountWrongIsNoRow() {
    // Two damaged tokens for one missing cell: the columns are not certain.
    let reader = GenericReader.reading(
      Self.header + ["子育て 2,703,603 2,15,16 2,15,16 2,049,584 2,403,739"] + Self.parts)
    #expect(!(reader.tables.first?.rows.contains { $0.label.hasPrefix("子育て") } ?? false))
  }
}
