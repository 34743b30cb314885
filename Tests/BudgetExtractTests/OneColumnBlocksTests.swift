import BudgetModel
import Testing

@testable import BudgetExtract

/// Column-order blocks that print one column (`GenericReader+OneColumnBlocks`): which header
/// column they are is proven only by the table's grand total (issue #20). The excerpt is the
/// 環境庁 平成13年度概算要求・要望額総括表 (`kankyo-h13-gaisan-yokyu`), its blank lines left out.
@Suite struct OneColumnBlocksTests {
  static func table(total: String = "374,455", prior: String = "259,133") -> String {
    ColumnOrderTests.header + "\n" + ColumnOrderTests.requested + "\n" + """
      【要望分】
      2.「日本新生特別枠」
      (1)非公共
      (2)公共事業
      小計((1)+(2))
      3.「生活関連等公共事業重点化枠」
      16,261
      28,440
      44,701
      71,872
      4.日本新生特別枠(非公共留保枠)
      5.日本新生特別枠(公共留保枠)
      4,129
      8,765
      合計(2~5)129,467
      総計(1+2+3+4+5)
      非公共事業
      公共事業
      \(prior)
      84,203
      174,930
      \(total)
      103,432
      271,023
      (144.5%)
      (122.8%)
      (154.9%)
      """
  }

  func amounts(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { figure in
      guard let amount = figure.amount, let part = amount.parts.first else { return "-" }
      return "\(part.number)"
    }
  }

  @Test func grandTotalProvesTheRequestColumn() {
    let doc = Extractor().extract(text: Self.table(), sourceName: "t.txt")
    let rows = doc.summaryTables.first?.rows ?? []
    // 374,455 = 244,988 + (44,701 + 71,872 + 4,129 + 8,765), and 259,133 = 259,133: the
    // held items are the request column, which prints nothing else for them.
    #expect(
      rows.map(\.label) == [
        "1.要求額", "非公共事業", "公共事業", "(1)非公共", "(2)公共事業", "小計((1)+(2))",
        "3.「生活関連等公共事業重点化枠」", "4.日本新生特別枠(非公共留保枠)", "5.日本新生特別枠(公共留保枠)",
        "合計(2~5)", "総計(1+2+3+4+5)", "非公共事業", "公共事業",
      ])
    #expect(rows.count == 13)
    guard rows.count == 13 else { return }
    #expect(amounts(rows[3]) == ["-", "16261", "-", "-"])
    #expect(amounts(rows[5]) == ["-", "44701", "-", "-"])
    #expect(amounts(rows[9]) == ["-", "129467", "-", "-"])
    #expect(rows[9].span.line == 38)
    #expect(
      doc.diagnostics.filter { $0.message.hasPrefix("cells printed in column order") }.isEmpty)
  }

  @Test func totalThatDoesNotAddUpLeavesTheBlocksReported() {
    // One more in the grand total: the held items are no column; they stay reported.
    let doc = Extractor().extract(text: Self.table(total: "374,456"), sourceName: "t.txt")
    let labels = doc.summaryTables.flatMap(\.rows).map(\.label)
    #expect(!labels.contains("(1)非公共"))
    #expect(!labels.contains("合計(2~5)"))
    #expect(
      doc.diagnostics.filter { $0.message.hasPrefix("cells printed in column order") }.count >= 6)
  }

  @Test func priorColumnThatDiffersLeavesTheBlocksReported() {
    // The total's prior year is not the first block's: the held items would need to be in two
    // columns at once, so no column is proven.
    let doc = Extractor().extract(text: Self.table(prior: "259,134"), sourceName: "t.txt")
    let labels = doc.summaryTables.flatMap(\.rows).map(\.label)
    #expect(!labels.contains("(1)非公共"))
  }

  @Test func subtotalSumsTheItemsAboveIt() {
    let items: [(String, Int64)] = [("(1)", 16261), ("(2)", 28440), ("小計", 44701), ("3.", 71872)]
    #expect(GenericReader.subtotalParts(items) == [0, 1])
    #expect(GenericReader.subtotalParts([("(1)", 1), ("(2)", 2), ("小計", 4)]) == nil)
  }
}
