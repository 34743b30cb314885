import BudgetModel
import Testing

@testable import BudgetExtract

/// A shape of blind set R (`Tests/Fixtures/RealWorld/SOURCES-r.md`; issue #20): a slide's
/// table whose first column's year was run onto the unit statement's line
/// (soumu-h30-point-seifuan-pdfslide lines 37-47), read only where each row's change is its
/// two amounts' difference.
@Suite struct BlindSetRUnitTailTests {
  static let slide = [
    "総務省予算(交付税等、恩給関係費除く)内訳 (単位:億円) 29年度", "", "予算 30年度 政府案", "",
    "対前年度 増▲減", "", "一般会計分 3,297 3,438 +141", "", "人 件 費 644 649 +5", "",
    "周期統計関係経費等 671 791 +119", "", "小 計",
  ]

  func numbers(_ row: SummaryRowRecord) -> [Int64] {
    row.cells.compactMap { cell in
      cell.amount.map { ($0.isNegative ? -1 : 1) * $0.parts[0].number.significand }
    }
  }

  // `29年度` after `(単位:億円)` opens the header: 29年度予算 | 30年度政府案 | 対前年度増▲減, and
  // every row's change is B − A (671 → 791 is +119 in rounded 億円).
  @Test func aYearAfterTheUnitStatementOpensTheHeader() throws {
    let reader = GenericReader.reading(Self.slide)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(try #require(table.meanings).map(\.kind) == [.amount, .amount, .change])
    #expect(table.rows.map(\.label) == ["一般会計分", "人件費", "周期統計関係経費等"])
    #expect(table.rows.map(numbers) == [[3297, 3438, 141], [644, 649, 5], [671, 791, 119]])
    #expect(!reader.diagnostics.contains { $0.message.contains("cells under a header") })
  }

  // Only a year alone after the statement is a header's word; with no change column the two
  // amount columns are confirmed by nothing, and the table is reported.
  @Test func aYearAfterTheUnitThatNothingConfirmsIsReported() {
    #expect(GenericReader.unitTailYear("内訳 (単位:億円) 29年度") == "29年度")
    #expect(GenericReader.unitTailYear("内訳 (単位:億円) 29年度予算") == nil)
    #expect(GenericReader.unitTailYear("内訳 (単位:億円) 資料1") == nil)
    #expect(GenericReader.unitTailYear("内訳 (単位:億円)") == nil)
    var lines = Self.slide
    lines[4] = ""
    for k in [6, 8, 10] {
      lines[k] = String(lines[k][..<lines[k].lastIndex(of: " ")!])
    }
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.allSatisfy { $0.rows.isEmpty })
    #expect(reader.diagnostics.contains { $0.span.line == 7 })
  }

  // No table under it: the year is no title and no heading of the lines below (read as they
  // were with the year left out).
  @Test func aYearAfterTheUnitWithNoTableBelowIsDropped() {
    for rows in [["一般会計分 3,297億円", "人件費 644億円"], ["一般会計分 3,297", "人件費 644"]] {
      let with = GenericReader.reading(["総務省予算 (単位:億円) 29年度", ""] + rows)
      let without = GenericReader.reading(["総務省予算 (単位:億円)", ""] + rows)
      #expect(with.amountLines == without.amountLines)
      #expect(with.titles.map(\.text) == without.titles.map(\.text))
      #expect(with.diagnostics.map(\.span.line) == without.diagnostics.map(\.span.line))
    }
  }
}
