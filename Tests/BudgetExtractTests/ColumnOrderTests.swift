import BudgetModel
import Testing

@testable import BudgetExtract

/// Tables printed one cell per line in column order (all row labels, then each column's cells),
/// read only when the rows' arithmetic confirms one reading (issue #20). The excerpts are
/// from the 環境庁 平成13年度概算要求・要望額総括表 (`kankyo-h13-gaisan-yokyu`).
@Suite struct ColumnOrderTests {
  /// The 要求分 block of kankyo-h13's 総括表: labels, then each column, ratios in parentheses.
  static let requested = """
    【要求分】
    1.要求額
    非公共事業
    公共事業
    259,133
    84,203
    174,930
    244,988
    83,042
    161,946
    14,145
    (94.5%)
    1,161
    (98.6%)
    12,984
    (92.6%)
    """

  static let header = """
    (単位:百万円)
    区分平成12年度
    予算額
    平成13年度
    要求・要望額
    対前年度増・減
    ( )は対前年度比
    """

  func decimals(_ row: SummaryRowRecord?) -> [String] {
    (row?.cells ?? []).map { figure in
      guard let amount = figure.amount, let part = amount.parts.first else { return "-" }
      return (amount.isNegative ? "-" : "") + "\(part.number)"
    }
  }

  @Test func labelsThenEachColumnWithRatiosInParentheses() {
    let text =
      Self.header + "\n" + Self.requested
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let table = doc.summaryTables.first
    #expect(table?.rows.map(\.label) == ["1.要求額", "非公共事業", "公共事業"])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change, .ratioPercent])
    #expect(table?.confirmed == true)
    // 244,988 − 259,133 = −14,145: the change is printed without its sign; the ratio 94.5%
    // holds, so it is a decrease.
    #expect(decimals(table?.rows.first) == ["259133", "244988", "-14145", "94.5"])
    #expect(decimals(table?.rows.last) == ["174930", "161946", "-12984", "92.6"])
    #expect(table?.rows[1].cellLines == [13, 16, 20, 21])
    #expect(
      doc.diagnostics.filter { $0.message.contains("without its sign") }.map(\.span.line) == [
        18, 20, 22,
      ])
  }

  @Test func aColumnNotPrintedIsFoundByTheRatio() {
    // No change column: the two amount columns and the ratio in parentheses; only reading
    // them as 平成12年度 and 平成13年度 makes 374,455 / 259,133 = 144.5%.
    let text =
      Self.header + "\n" + """
        総計(1+2+3+4+5)
        非公共事業
        公共事業
        259,133
        84,203
        174,930
        374,455
        103,432
        271,023
        (144.5%)
        (122.8%)
        (154.9%)
        """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let table = doc.summaryTables.first
    #expect(table?.rows.map(\.label) == ["総計(1+2+3+4+5)", "非公共事業", "公共事業"])
    #expect(decimals(table?.rows.first) == ["259133", "374455", "-", "144.5"])
    #expect(decimals(table?.rows.last) == ["174930", "271023", "-", "154.9"])
    // The change column is not printed in this block: line 0, no figure in the transform.
    #expect(table?.rows.first?.cellLines == [11, 14, 0, 17])
  }

  @Test func aBlockNoArithmeticExplainsIsNotRead() {
    // One column of two rows: whether it is the prior year, the request or the change is
    // not certain.
    let text =
      Self.header + "\n" + """
        4.日本新生特別枠(非公共留保枠)
        5.日本新生特別枠(公共留保枠)
        4,129
        8,765
        """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(doc.summaryTables.isEmpty)
    #expect(doc.diagnostics.contains { $0.span.line == 10 })
  }

  @Test func anUnsignedChangeWithoutAnotherRelationIsNotSigned() {
    // B − A = −C with no ratio to confirm A and B: the block is not read in column order.
    let text = """
      (単位:百万円)
      区分 平成12年度予算額 平成13年度要求額 増減額
      非公共事業
      公共事業
      84,203
      174,930
      83,042
      161,946
      1,161
      12,984
      """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let figures = doc.summaryTables.flatMap(\.rows).flatMap(\.cells)
    #expect(!figures.contains { $0.amount?.isNegative == true })
    #expect(doc.summaryTables.flatMap(\.rows).count <= 1)
  }

  @Test func aLabelOverTwoLinesIsStillReadRowByRow() {
    let text = """
      (単位:億円)
      区分
      令和7年度予算額
      令和8年度要求額
      増△減額
      エネルギー対策
      特別会計
      343,064
      347,929
      4,865
      """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let row = doc.summaryTables.first?.rows.first
    #expect(row?.label == "エネルギー対策特別会計")
    #expect(row?.cellLines == [8, 9, 10])
  }

  @Test func aHostileRunOfCellsEndsWithoutAReading() {
    // More cells than the header has columns for the labels: no reading is tried.
    let cells = Array(repeating: "1,234", count: 20_000).joined(separator: "\n")
    let text = Self.header + "\n非公共事業\n公共事業\n" + cells
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(!doc.summaryTables.flatMap(\.rows).contains { $0.label == "非公共事業" })
  }

  @Test func numberedAndBracketedLinesAreLabels() {
    #expect(GenericReader.isMarkedLabel("1.要求額"))
    #expect(GenericReader.isMarkedLabel("(2)公共事業"))
    #expect(GenericReader.isMarkedLabel("【要望分】"))
    #expect(!GenericReader.isMarkedLabel("令和6年度要求額"))
    #expect(!GenericReader.isMarkedLabel("(1)"))
  }
}
