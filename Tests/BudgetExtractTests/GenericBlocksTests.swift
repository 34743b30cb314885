import BudgetModel
import Testing

@testable import BudgetExtract

/// The blocks of the generic layout, each alone (issue #20).
@Suite struct GenericBlocksTests {
  static let parser = FigureParser(lexicon: .standard)

  func line(_ text: String, _ number: Int = 1) -> Line {
    Line(number: number, scalars: Array(text.unicodeScalars))
  }

  @Test(
    arguments: [
      ("(単位:億円)", "億円"), ("（百万円）", "百万円"), ("単位：千円", "千円"), ("［単位：億円、％］", "億円"),
      ("(単位︓億円)", "億円"), ("【百万円】", nil), ("百万円", "百万円"),
      // gaimu-r3: a page run together after its unit statement is no unit statement (its
      // figures were dropped with the rest of the line).
      ("推移(単位:億円)資料4:令和3年度外交関係予算のポイント(概要)7,120億円1ドル110円", nil),
    ] as [(String, String?)])
  func unitStatements(_ text: String, _ unit: String?) {
    let found: String?
    if case .unit(let u, _) = GenericLine.classify(line(text), parser: Self.parser) {
      found = u
    } else {
      found = nil
    }
    #expect(found == unit, "\(text)")
  }

  @Test func justifiedLabelsAndSignsApart() {
    guard
      case .row(let label, let cells) = GenericLine.classify(
        line("総 務 本 省 184,762 185,461 △ 699 △0.4"), parser: Self.parser)
    else {
      Issue.record("not a row")
      return
    }
    #expect(label == "総務本省")
    #expect(
      cells.map(\.decimal) == [
        DecimalNumber(ascii: "184762"), DecimalNumber(ascii: "185461"),
        DecimalNumber(ascii: "-699"), DecimalNumber(ascii: "-0.4"),
      ])
  }

  @Test func headerWordsNameTheColumns() {
    let meanings = ColumnHeader.meanings(
      "区分 令和5年度 予算額 (A) 令和6年度 要求・要望額 (B) 増△減額 (B−A) 増減率 (C/A)")
    #expect(meanings.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(meanings.map(\.fiscalYearLabel) == ["令和5年度", "令和6年度", nil, nil])
    #expect(meanings.map(\.stage) == [.initial, .request, nil, nil])
    #expect(meanings.map(\.letter) == ["A", "B", nil, nil])
    #expect(meanings[2].formula == ["B", "A"])
  }

  @Test func bareLettersAndTwoWordsOfOneColumn() {
    let meanings = ColumnHeader.meanings("平成23年度 要求・要望額A 平成22年度 予 算 額 B 差 引 増△減額 (A-B)C")
    #expect(meanings.map(\.kind) == [.amount, .amount, .change])
    #expect(meanings.map(\.letter) == ["A", "B", "C"])
    #expect(meanings[2].formula == ["A", "B"])
  }

  @Test func arithmeticConfirmsAndContradicts() throws {
    let meanings = ColumnHeader.meanings("令和5年度予算額 令和6年度予算案 増減額")
    func row(_ texts: [String]) -> [CellToken] {
      texts.compactMap { CellToken.parse($0, line: 1, parser: Self.parser) }
    }
    let good = TableArithmetic.check(
      meanings, rows: [row(["100", "120", "20"]), row(["50", "40", "▲10"])])
    #expect(good.held == 2 && !good.contradicted)
    let bad = TableArithmetic.check(
      meanings, rows: [row(["100", "120", "▲20"]), row(["50", "40", "10"])])
    #expect(bad.contradicted)
    // The later year is B whatever the printed order.
    let reversed = ColumnHeader.meanings("令和6年度予算案 令和5年度予算額 増減額")
    #expect(!TableArithmetic.check(reversed, rows: [row(["120", "100", "20"])]).contradicted)
  }

  @Test func runTogetherFiguresSplitOnlyWhereTheArithmeticDecides() {
    let meanings = ColumnHeader.meanings("30年度予算(当初) 31年度予算 増減額 増減率")
    let splits = RunTogether.splits(
      "588,958599,359+10,401+1.8%", into: 4, line: 1, parser: Self.parser
    ).filter {
      RunTogether.explains(meanings, $0)
    }
    #expect(splits.count == 1)
    #expect(
      splits.first?.map(\.decimal) == [
        DecimalNumber(ascii: "588958"), DecimalNumber(ascii: "599359"),
        DecimalNumber(ascii: "10401"), DecimalNumber(ascii: "1.8"),
      ])
    // With no change or rate column, no split is confirmed, however the grouping reads.
    let twoAmounts = ColumnHeader.meanings("30年度予算(当初) 31年度予算")
    #expect(RunTogether.splits("100200", into: 2, line: 1, parser: Self.parser).count == 1)
    #expect(
      RunTogether.splits("100200", into: 2, line: 1, parser: Self.parser).filter {
        RunTogether.explains(twoAmounts, $0)
      }
      .isEmpty)
  }

  @Test func aHostileRunOfDigitsEndsWithoutASplit() {
    let digits = String(repeating: "1", count: 5_000)
    #expect(RunTogether.splits(digits, into: 12, line: 1, parser: Self.parser).isEmpty)
  }

  @Test func aTableInMillionsKeepsItsUnit() {
    let text = """
      令和6年度 環境省予算(案)の概要
      (単位:百万円)
      区分 令和5年度予算額 令和6年度予算(案) 増減額
      一般会計 1,234 1,300 66
      """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(doc.summaryTables.first?.unit == "百万円")
    #expect(doc.summaryTables.first?.rows.first?.label == "一般会計")
    #expect(doc.summaryTables.first?.confirmed == true)
  }

  @Test func cellsOnePerLineAfterTheirLabel() {
    let text = """
      (単位:億円)
      区分
      令和7年度予算額
      (A)
      令和8年度要求額
      (B)
      増△減額
      (B-A)
      一般会計
      343,064
      347,929
      4,865
      """
    let doc = Extractor().extract(text: text, sourceName: "t.txt")
    let row = doc.summaryTables.first?.rows.first
    #expect(row?.label == "一般会計")
    #expect(row?.cellLines == [10, 11, 12])
  }

  func amounts(_ text: String) -> [AmountLineRecord]? {
    AmountLine.parse(line(text), text: GenericLine.text(of: line(text)), parser: Self.parser)
  }

  @Test func headlineTotalsAndTheirPriorYear() {
    let records = amounts("総額 2兆3,090億円（2兆3,267億円）")
    #expect(records?.first?.label == "総額")
    #expect(records?.first?.amount.amount?.parts.map(\.unit) == ["兆", "億円"])
    #expect(records?.first?.prior != nil)
    #expect(amounts("公 1兆8,353億円 非 397億円")?.map(\.label) == ["公", "非"])
  }

  @Test func parenthesesThatAreNoPriorYear() {
    // A part and a signed change are not the prior year's amount.
    #expect(amounts("総額1,685億円(うちODA1,272億円)")?.first?.prior == nil)
    #expect(amounts("無償資金協力 1,869億円 (+240億円)")?.first?.prior == nil)
  }

  @Test func sentencesAndUnreadableFormsAreNotAmountLines() {
    #expect(amounts("・ 対策として 175 億円を計上") == [])
    // 億 then 千/百 digits not ending in 万円: not every part is accounted for, not read
    // (`8,067億8千3百万円` is read whole: GenericListsTests).
    #expect(amounts("1 一般会計 8,067億8千3百円") == nil)
    #expect(amounts("(3) 国土交通省所管 29億5百万円")?.first.flatMap(\.amount.amount)?.parts.count == 2)
  }

  /// The last check: a line with figures that no rule placed is reported with its number.
  @Test func aLineNoRulePlacedIsReported() {
    var reader = GenericReader(lexicon: .standard)
    reader.reportUnaccounted([line("総 額 1,234 5,678", 7), line("令和6年度", 8)])
    #expect(reader.diagnostics.map(\.span.line) == [7])
  }
}
