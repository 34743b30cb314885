import BudgetModel
import Testing

@testable import BudgetExtract

/// A shape of blind set R (`Tests/Fixtures/RealWorld/SOURCES-r.md`; issue #20): a table printed
/// column by column whose groups open with a heading in parentheses that labels the group's
/// total printed after its items, and a row label closed by note marks
/// (kankyo-h17-gaisan-yokyu-gaiyo lines 13-61, 環境省 平成17年度 概算要求・要望の概要).
@Suite struct BlindSetRColumnOrderTests {
  static let table = [
    "一般会計", "  平成16年度", "予算額", "平成17年度", "要求・要望額", "対前年度比", "", "(非公共)",
    "一般政策経費等", "その他施設費", "石油特会繰入", "億円", "", "939", "29", "125", "1,092", "億円", "",
    "1,062", "32", "265", "1,358", "", "", "113.1", "110.7", "212.0", "124.4", "(公 共)", "廃棄物※※",
    "自然公園", "", "1,340", "139", "1,479", "", "1,560", "162", "1,722", "", "116.4", "116.4",
    "116.4", "小計 2,571 3,080 119.8", "(改革推進公共投資", "事業償還時補助等)", "266 283 106.5",
    "合計 2,837 3,363 118.5",
  ]

  func numbers(_ row: SummaryRowRecord) -> [Int64] {
    row.cells.compactMap { cell in
      cell.amount.map { ($0.isNegative ? -1 : 1) * $0.parts[0].number.significand }
    }
  }

  // 939 + 29 + 125 = 1,092 (1,093 in rounded 億円) and 1,062 + 32 + 265 = 1,358 (1,359): the
  // last row is the group's total, and `(非公共)` its label; 1,340 + 139 = 1,479: `(公 共)`'s.
  // `廃棄物※※` is a row label whose marks refer to a note under the table, not a note: the
  // table goes on through 小計, the two-line label and 合計.
  @Test func aGroupsHeadingLabelsTheTotalItsSumsProve() throws {
    let reader = GenericReader.reading(Self.table)
    let table = try #require(reader.tables.first)
    #expect(
      table.rows.map(\.label) == [
        "一般政策経費等", "その他施設費", "石油特会繰入", "(非公共)", "廃棄物※※", "自然公園", "(公 共)", "小計",
        "(改革推進公共投資事業償還時補助等)", "合計",
      ])
    #expect(table.rows[3].cells.count == 3)
    #expect(numbers(table.rows[3]).prefix(2) == [1092, 1358])
    #expect(numbers(table.rows[6]).prefix(2) == [1479, 1722])
    #expect(numbers(table.rows[0]).prefix(2) == [939, 1062])
    #expect(!reader.diagnostics.contains { (13...61).contains($0.span.line) })
  }

  // The total printed first (its heading's own place) keeps the order; a group whose first
  // and last rows are no total of the others (1,092 → 1,192, its ratio 1,358 / 1,192 = 113.9
  // still holding) proves no row the heading's: the group is reported, never labelled in order.
  @Test func aHeadingNoSumPlacesIsNotRead() throws {
    var lines = Self.table
    lines[16] = "1,192"
    lines[28] = "113.9"
    let reader = GenericReader.reading(lines)
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "(非公共)" } })
    #expect(
      reader.diagnostics.contains {
        $0.span.line == 14 && $0.message == ColumnOrder.unplacedHeadingMessage
      })
    var first = Self.table
    (first[13], first[14], first[15], first[16]) = ("1,092", "939", "29", "125")
    (first[19], first[20], first[21], first[22]) = ("1,358", "1,062", "32", "265")
    (first[25], first[26], first[27], first[28]) = ("124.4", "113.1", "110.7", "212.0")
    let inOrder = try #require(GenericReader.reading(first).tables.first)
    #expect(inOrder.rows.first?.label == "(非公共)")
    #expect(inOrder.rows.first.map(numbers)?.prefix(2) == [1092, 1358])
  }

  @Test func noteMarksClosingALabelReferToANote() {
    #expect(!GenericReader.isNote("廃棄物※※"))
    #expect(GenericReader.isNote("※※ 公共事業(廃棄物) 地域計上分 99億円"))
    #expect(GenericReader.isNote("(説明) ※ 石油特会"))
    #expect(GenericReader.isNote("石油特会 ※"))
  }
}
