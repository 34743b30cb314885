import BudgetModel
import Testing

@testable import BudgetExtract

/// Tables whose parts a PDF prints out of their places (issue #20): a header after the first
/// rows (法務省 令和7年度概算要求, `homu-r7-gaisan-yokyu`), a total row whose label follows it
/// (警察庁 平成28年度予算(案)の概要 総表, `keisatsu-h28-yosan-an-gaiyo`).
@Suite struct ReadingOrderTablesTests {
  static let headerAfter = [
    "(単位:百万円)",
    "物件費 65,653 87,079 21,426",
    "デジタル庁所管",
    "物件費 183,187 222,073 38,887",
    "施設費",
    "合計 806,132 870,044 63,912",
    "22,310 27,408 5,099",
    "6年度",
    "当初予算額",
    "7年度",
    "概算要求等額",
    "▲減額",
    "人件費 534,983 533,483 ▲ 1,500",
    "法務省所管 740,479 782,965 42,485-1- (単位:百万円)",
    "1 大臣官房関係経費 133,675 132,884 791 2,285",
  ]

  func amounts(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { cell in
      let n = cell.amount?.parts.first?.number.description ?? "?"
      return (cell.amount?.isNegative == true ? "-" : "") + n
    }
  }

  @Test func aHeaderPrintedAfterItsFirstRowsNamesThem() {
    let reader = GenericReader.reading(Self.headerAfter)
    #expect(reader.tables.count == 1)
    let table = reader.tables.first
    #expect(table?.unit == "百万円")
    #expect(table?.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table?.meanings?.map(\.fiscalYearLabel) == ["6年度", "7年度", nil])
    #expect(table?.confirmed == true)
    #expect(table?.rows.map(\.label) == ["物件費", "物件費", "合計", "人件費", "法務省所管"])
    #expect(table?.rows.map(\.span.line) == [2, 4, 6, 13, 14])
    #expect(table.map { amounts($0.rows[4]) } == ["740479", "782965", "42485"])
    #expect(table.map { amounts($0.rows[3]) } == ["534983", "533483", "-1500"])
    // The row with no label on its line (its label `施設費` is two lines above) is reported;
    // so are the next table's rows, whose header is not in the text.
    #expect(reader.diagnostics.contains { $0.span.line == 7 && $0.message.contains("no label") })
    #expect(reader.diagnostics.contains { $0.span.line == 15 })
    #expect(!reader.diagnostics.contains { [2, 4, 6, 13, 14].contains($0.span.line) })
  }

  @Test func aHeaderAfterRowsItsArithmeticContradictsNamesNothing() {
    // 222,073 − 183,187 is 38,886: 38,897 is no rounding of it.
    var lines = Self.headerAfter
    lines[3] = "物件費 183,187 222,073 38,897"
    let reader = GenericReader.reading(lines)
    #expect(!reader.tables.contains { $0.rows.contains { $0.span.line < 8 } })
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }

  @Test func rowsWithNoUnitStatementAboveTakeNoLaterHeader() {
    let reader = GenericReader.reading(Array(Self.headerAfter.dropFirst()))
    #expect(!reader.tables.contains { $0.rows.contains { $0.span.line < 7 } })
    #expect(reader.diagnostics.contains { $0.span.line == 1 })
  }

  static let totalAfter = [
    "平成28年度警察庁予算の概要",
    "27年度予算額",
    "28年度予算額",
    "増△減額",
    "一 般 会 計",
    "321,551百万円 327,690百万円 6,139百万円 交付税特会繰入れ",
    "67,348百万円 64,577百万円 △ 2,771百万円 他",
    "254,203百万円 263,114百万円 8,911百万円 東日本大震災復興特別会計",
    "1,964百万円 1,474百万円 △ 490百万円 323,515百万円 329,165百万円 5,650百万円 そ",
    "の",
    "合 計",
    "※ (注記)",
  ]

  @Test func aTotalWhoseLabelFollowsItIsProvedBySums() {
    let reader = GenericReader.reading(Self.totalAfter)
    let table = reader.tables.first
    #expect(reader.tables.count == 1)
    #expect(
      table?.rows.map(\.label) == ["一般会計", "交付税特会繰入れ", "その他", "東日本大震災復興特別会計", "合計"])
    #expect(table?.confirmed == true)
    #expect(table.map { amounts($0.rows[4]) } == ["323515", "329165", "5650"])
    #expect(table.map { amounts($0.rows[1]) } == ["67348", "64577", "-2771"])
  }

  @Test func aLastRowTheRowsDoNotAddUpToIsNoTotal() {
    // 321,551 + 1,964 is 323,515: 323,615 is no total of the rows above.
    var lines = Self.totalAfter
    lines[8] = "1,964百万円 1,474百万円 △ 490百万円 323,615百万円 329,265百万円 5,650百万円 そ"
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 9 })
  }

  @Test func trailingWordsThatNameNoTotalAreNotALabel() {
    var lines = Self.totalAfter
    lines[10] = "合 算"
    let reader = GenericReader.reading(lines)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 9 })
  }

  @Test func sumsWithinTheRoundingOfThePrintedFigures() {
    func row(_ numbers: [String]) -> [CellToken] {
      numbers.map { CellToken.parse($0, line: 1, parser: FigureParser(lexicon: .standard))! }
    }
    // 64,577 + 263,114 = 327,691 against 327,690: each figure rounded to 百万円.
    #expect(
      GenericReader.sumsTo([row(["64,577"]), row(["263,114"])], row(["327,690"]), columns: [0]))
    #expect(
      !GenericReader.sumsTo([row(["64,577"]), row(["263,114"])], row(["327,688"]), columns: [0]))
  }
}
