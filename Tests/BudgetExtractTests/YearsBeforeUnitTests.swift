import BudgetModel
import Testing

@testable import BudgetExtract

/// A one-row table whose years are printed before its unit statement and whose change has its
/// rate glued (monka-r5-bunka-seifuan-p12 lines 24-37; issue #20).
@Suite struct YearsBeforeUnitTests {
  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  static let head = ["文 化 庁 予 算", "", "4年度", "", "5年度", "", "(単位:億円)", "4’→ 5’増 減", ""]

  @Test func yearsBeforeTheUnitAndAGluedRate() throws {
    let reader = GenericReader.reading(Self.head + ["1,076", "", "1,077", "", "+1(+0.1%)"])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(table.rows.map(\.label) == ["文化庁予算"])
    #expect(figures(table.rows[0]) == ["1076", "1077", "1", "0.1"])
    #expect(table.rows[0].cellLines == [10, 12, 14, 14])
    #expect(table.confirmed)
  }

  // 1,077 − 1,076 is not 5 at any rounding: the reading is contradicted, nothing is exported.
  @Test func aChangeTheAmountsDoNotGiveIsReported() {
    let reader = GenericReader.reading(Self.head + ["1,076", "1,077", "+5(+0.5%)"])
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnexplained })
  }

  // Years that do not follow (4年度, 6年度): no header is made of them.
  @Test func yearsThatDoNotFollowAreNoHeader() {
    var head = Self.head
    head[4] = "6年度"
    let reader = GenericReader.reading(head + ["1,076", "1,077", "+1(+0.1%)"])
    #expect(reader.tables.isEmpty)
  }
}
