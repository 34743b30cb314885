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

/// A table with a unit in every cell whose row labels are printed before their figures, at
/// the end of the line above (issue #20), from the 警察庁 平成28年度 総表
/// (`keisatsu-h28-yosan-an-gaiyo`).
@Suite struct LabelBeforeTests {
  static let header = """
    27年度予算額
    28年度予算額
    増△減額
    一 般 会 計
    321,551百万円 327,690百万円 6,139百万円 交付税特会繰入れ
    67,348百万円 64,577百万円 △ 2,771百万円
    """

  @Test func everyLabelBeforeItsFigures() {
    // The 総表 with `その他` printed in one place and no 合計 row.
    let text =
      Self.header + " その他\n" + """
        254,203百万円 263,114百万円 8,911百万円 東日本大震災復興特別会計
        1,964百万円 1,474百万円 △ 490百万円
        ※ (注記)
        """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let table = doc.summaryTables.first
    #expect(table?.rows.map(\.label) == ["一般会計", "交付税特会繰入れ", "その他", "東日本大震災復興特別会計"])
    #expect(table?.rows.map(\.span.line) == [5, 6, 7, 8])
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table?.rows[1].cells[2].amount?.isNegative == true)
  }

  @Test func labelsInNoOnePlaceAreReadOnlyWhenTheSumsProveTheTotal() {
    // As printed: `その他` over three lines (`他` … `そ` … `の`), `合 計` after its figures:
    // read, since 合計 = 一般会計 + 東日本大震災復興特別会計 (`GenericReader+TotalAfter`).
    let text =
      Self.header + " 他\n" + """
        254,203百万円 263,114百万円 8,911百万円 東日本大震災復興特別会計
        1,964百万円 1,474百万円 △ 490百万円 323,515百万円 329,165百万円 5,650百万円 そ
        の
        合 計
        ※ (注記)
        """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(doc.summaryTables.first?.rows.map(\.label).last == "合計")
    #expect(doc.summaryTables.first?.rows[2].label == "その他")
    // A last row the rows above do not add up to is no total: the table is reported.
    let wrong = text.replacingOccurrences(of: "329,165", with: "329,265")
    let reportedDoc = Extractor().extract(text: wrong, sourceName: "t.txt")
    #expect(reportedDoc.summaryTables.isEmpty)
    let reported = reportedDoc.diagnostics.filter {
      $0.message.contains("right before their figures")
    }
    #expect(reported.map(\.span.line) == Array(4...10))
  }

  @Test func aRowTheArithmeticContradictsStopsTheTable() {
    let text =
      Self.header.replacingOccurrences(of: "6,139", with: "6,193") + " その他\n" + """
        254,203百万円 263,114百万円 8,911百万円
        """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(doc.summaryTables.isEmpty)
  }
}
