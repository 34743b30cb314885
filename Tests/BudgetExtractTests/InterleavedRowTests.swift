import BudgetModel
import Testing

@testable import BudgetExtract

/// A one-row table whose header words and cells come in turn, as a PDF of one row is read
/// (issue #20). The excerpt is from 警察庁 平成28年度予算(案)の概要 (`keisatsu-h28-yosan-an-gaiyo`).
@Suite struct InterleavedRowTests {
  static let table = """
    (単位:百万円)
    区
    分
    第1 テロ対策と大規模
    災害対策の推進
    27年度
    予算額
    8,696
    28年度
    予算額
    18,179
    増△減額
    主 な 内 容
    9,483 ○ 平成28年伊勢志摩サミット警戒警備等
    の実施
    14,267 (
    3,706 )
    """

  @Test func eachCellAfterItsColumnsWords() {
    let doc = Extractor().extract(text: Self.table, sourceName: "t.txt")
    let table = doc.summaryTables.first
    #expect(doc.summaryTables.count == 1)
    #expect(table?.rows.map(\.label) == ["第1 テロ対策と大規模災害対策の推進"])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table?.meanings?.map(\.fiscalYearLabel) == ["27年度", "28年度", nil])
    #expect(table?.rows.first?.cellLines == [8, 11, 14])
    #expect(table?.confirmed == true)
    #expect(table?.unit == "百万円")
    // The figures of the remark column are reported, not read.
    #expect(doc.diagnostics.contains { $0.span.line == 16 })
    #expect(doc.diagnostics.contains { $0.span.line == 17 })
  }

  @Test func aRowItsArithmeticContradictsIsReported() {
    // 18,179 − 8,696 is 9,483, not 9,480.
    let text = Self.table.replacingOccurrences(of: "9,483", with: "9,480")
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(doc.summaryTables.isEmpty)
    #expect(doc.diagnostics.contains { $0.span.line == 8 && $0.message.contains("header words") })
  }
}
