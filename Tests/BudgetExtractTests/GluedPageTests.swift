import BudgetModel
import Testing

@testable import BudgetExtract

/// Short pages flattened into one line (issue #20): the stacked table glued together
/// (gaimu-h31-gaiko-point-finance, gaimu-r3-gaiko-point-finance) and items whose amount stands
/// in brackets glued to their name (national-h28-hosei2-gaiyo, norin-r1-hosei-yushutsu).
@Suite struct GluedPageTests {
  // gaimu-h31, line 4 (from its title on): 5,566 − 5,538 = 28 (printed +27), 27 / 5,538 =
  // 0.49 %; 4,376 − 4,344 = 32, 0.7 %; 7,306 − 6,967 = 339, 4.9 %.
  static let h31 =
    "(単位:億円)その他 経産省 文科省財務省 外務省資料5:平成31年度外交関係予算のポイント(概要)○ （説明文）（説明文）"
    + "30年度31年度増減一般会計ODA5,538億円5,566億円+27億円(+0.5%)外務省ODA4,344億円4,376億円+32億円(+0.7%)"
    + "○ （説明文）（説明文）① （説明文）② （説明文）30年度31年度増減外務省予算6,967億円7,306億円+339億円(+4.9%)"

  @Test func gluedTablesOfOnePage() throws {
    let reader = GenericReader.reading([Self.h31])
    #expect(reader.tables.count == 2)
    let first = try #require(reader.tables.first)
    #expect(first.confirmed)
    #expect(first.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(first.meanings?.map(\.fiscalYearLabel) == ["30年度", "31年度", nil, nil])
    #expect(first.rows.map(\.label) == ["一般会計ODA", "外務省ODA"])
    #expect(
      first.rows[0].cells.map(\.amount) == [
        PrintedAmount(DecimalNumber(ascii: "5538")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "5566")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "27")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "0.5")!, unit: nil),
      ])
    #expect(reader.tables[1].rows.map(\.label) == ["外務省予算"])
    // The page's title printed after the chart's unit statement is read as a title.
    #expect(reader.titles.contains { $0.text.contains("平成31年度外交関係予算のポイント") })
    #expect(reader.amountLines.isEmpty)
  }

  // gaimu-r3: the budget year first, a decrease, and a part (`うち、`) of the row above;
  // 7,097 − 7,120 = −23, −0.3 %; 4,498 − 4,429 = 69, 1.6 %. The pie chart's digits glued
  // after the table are not a row.
  @Test func laterYearFirstAndAPart() throws {
    let text =
      "○（説明文）3年度2年度増減外務省予算(総額)7,097億円7,120億円▲23億円(▲0.3%)"
      + "うち、ODA予算4,498億円4,429億円+69億円(+1.6%)【外務省予算】43+1,5162,5561,6323391,034(参考)2年度"
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["3年度", "2年度", nil, nil])
    #expect(table.rows.map(\.label) == ["外務省予算(総額)", "うち、ODA予算"])
    #expect(table.rows.map(\.isPartOfAbove) == [false, true])
    #expect(table.rows[0].cells[2].amount?.isNegative == true)
    #expect(reader.diagnostics.contains { $0.text.contains("43+1,5162,556") })
  }

  // A row whose difference is not its change: no table, the line is reported.
  @Test func aRowThatDoesNotAddUpIsNoTable() {
    let text = Self.h31.replacingOccurrences(of: "+32億円(+0.7%)", with: "+52億円(+0.7%)")
    let reader = GenericReader.reading([text])
    #expect(reader.tables.map(\.rows.count) == [1])
    #expect(reader.tables.first?.rows.first?.label == "外務省予算")
    #expect(!reader.diagnostics.isEmpty)
  }

  // national-h28-hosei2 (a part of its one line): each bracketed amount is its name's; the
  // section totals flattened away from their headings (`7,137億円`, `○ 4,167億円`) are reported.
  @Test func bracketedAmountsGluedToTheirNames() {
    let text =
      "(1)子育て・介護の環境整備 ○ ○ 学校施設等の環境整備〔1,873億円〕 保育・介護の人材確保等〔149億円〕 7,137億円 ○ ○ "
      + "保育の受け皿整備等〔545億円〕 認定こども園等の環境整備〔86億円〕 (2)若者への支援拡充、女性活躍の推進 ○ ○ 4,167億円 "
      + "簡素な給付措置(臨時福祉給付金)〔3,673億円〕"
    let reader = GenericReader.reading([text])
    #expect(
      reader.amountLines.map(\.label) == [
        "学校施設等の環境整備", "保育・介護の人材確保等", "保育の受け皿整備等", "認定こども園等の環境整備",
        "簡素な給付措置(臨時福祉給付金)",
      ])
    #expect(
      reader.amountLines.map(\.amount.amount) == [
        PrintedAmount(DecimalNumber(ascii: "1873")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "149")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "545")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "86")!, unit: "億円"),
        PrintedAmount(DecimalNumber(ascii: "3673")!, unit: "億円"),
      ])
    let reported = reader.diagnostics.map(\.text)
    #expect(reported.contains { $0.hasSuffix("7,137億円") })
    #expect(reported.contains { $0.hasSuffix("○ 4,167億円") })
  }

  // norin-r1: 【】 glued to a name after a heading in angle brackets, and a bracket holding a
  // label and its amount in another unit.
  @Test func bracketsOfAPRSheet() {
    let text =
      "<事業の内容> 海外の需要拡大・商流構築に向けた取組の強化【33億円】 <対策のポイント> （説明文） "
      + "【令和元年度補正予算額 32,393百万円】 司令塔組織の創設による輸出環境の整備【9億円】 輸出拠点の整備【273億円】 （説明文）"
    let reader = GenericReader.reading([text])
    #expect(
      reader.amountLines.map(\.label) == [
        "海外の需要拡大・商流構築に向けた取組の強化", "令和元年度補正予算額", "司令塔組織の創設による輸出環境の整備",
        "輸出拠点の整備",
      ])
    #expect(
      reader.amountLines[1].amount.amount
        == PrintedAmount(DecimalNumber(ascii: "32393")!, unit: "百万円"))
  }

  // A name after other words may have begun before the space (a spaced label): not taken.
  @Test func aNameAfterWordsIsNotCut() {
    let reader = GenericReader.reading(["(説明文) 地域 少子化対策強化事業〔40億円〕 国立公園満喫プロジェクト等推進事業〔103億円〕"])
    #expect(!reader.amountLines.contains { $0.label == "少子化対策強化事業" })
  }

  // The same rows of gaimu-r3 as another page prints them: one row per line under a header
  // line, or glued with the era and stage words (`令和2年度予算額令和3年度予算案増減額増減率`),
  // the rate in a column of its own.
  static let r3Rows = [
    "外務省予算(総額) 7,097億円 7,120億円 ▲23億円(▲0.3%)", "うち、ODA予算 4,498億円 4,429億円 +69億円(+1.6%)",
  ]

  @Test func oneRowPerLineUnderAHeaderLine() throws {
    let reader = GenericReader.reading(
      ["令和3年度外交関係予算のポイント", "3年度 2年度 増減"] + Self.r3Rows + ["(注)（注記）"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["外務省予算(総額)", "うち、ODA予算"])
    #expect(table.rows.map(\.span.line) == [3, 4])
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func stageWordsAndARateColumn() throws {
    let glued =
      "(説明文)(説明文)区分令和2年度予算額令和3年度予算案増減額増減率外務省予算(総額)7,120億円7,097億円▲23億円▲0.3%"
      + "うち、ODA予算4,429億円4,498億円+69億円+1.6%(注記)(注記)"
    let spaced = [
      "区分 令和2年度予算額 令和3年度予算案 増減額 増減率", "外務省予算(総額) 7,120億円 7,097億円 ▲23億円 ▲0.3%",
      "うち、ODA予算 4,429億円 4,498億円 +69億円 +1.6%",
    ]
    for reader in [GenericReader.reading([glued]), GenericReader.reading(spaced)] {
      let table = try #require(reader.tables.first)
      #expect(table.meanings?.map(\.stage) == [.initial, .proposal, nil, nil])
      #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change, .ratePercent])
      #expect(table.rows.map(\.cells.count) == [4, 4])
    }
  }

  // A row whose difference is not its change: the lines are read as before (reported).
  @Test func rowsPerLineThatDoNotAddUpAreNoTable() {
    var rows = Self.r3Rows
    rows[1] = "うち、ODA予算 4,498億円 4,429億円 +96億円(+1.6%)"
    let reader = GenericReader.reading(["3年度 2年度 増減"] + rows)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.map(\.span.line).contains(3))
  }

  // One bracketed item per line (norin-r1's and hosei2's items as a list prints them): the
  // bracket opened before the amount is not part of the name.
  @Test func oneBracketedItemPerLine() {
    let reader = GenericReader.reading(["・輸出拠点の整備【273億円】", "○ 畜産クラスター事業 〔685億円〕"])
    #expect(reader.amountLines.map(\.label) == ["・輸出拠点の整備", "○ 畜産クラスター事業"])
  }

  // A legend of brackets, before or after the items: they hold what it says, not the items'
  // amounts, and every one is reported.
  @Test func aLegendOfBracketsTakesTheItemsBack() {
    let items = "○ ○ 学校施設等の環境整備〔1,873億円〕 保育・介護の人材確保等〔149億円〕"
    for lines in [
      ["※〔 〕書きは前年度予算額", items], [items, "(注)〔 〕内は前年度予算額"], ["・輸出拠点の整備【273億円】", "【 】内は要求額"],
    ] {
      var reader = GenericReader(lexicon: .standard)
      for (k, text) in lines.enumerated() {
        reader.read(Line(number: k + 1, scalars: Array(text.unicodeScalars)))
      }
      reader.finish()
      reader.applyParenthesesLegend()
      #expect(reader.amountLines.isEmpty)
      #expect(reader.diagnostics.contains { $0.span.line == (lines[0].contains("円") ? 1 : 2) })
    }
  }

  // norin-r1's sheet total as the same series prints it in a request year: the amount, the
  // prior year's in parentheses, one unit after both. Any other content of the bracket (a
  // signed figure, words after the unit) is not this shape.
  @Test func aSheetTotalWithItsPriorYearSharingTheUnit() throws {
    let reader = GenericReader.reading(["輸出促進緊急対策事業", "【令和6年度予算概算要求額 1,234（1,000）百万円】"])
    let record = try #require(reader.amountLines.first)
    #expect(record.label == "令和6年度予算概算要求額")
    #expect(record.amount.amount == PrintedAmount(DecimalNumber(ascii: "1234")!, unit: "百万円"))
    #expect(record.prior?.amount == PrintedAmount(DecimalNumber(ascii: "1000")!, unit: "百万円"))
    for other in ["【令和6年度予算概算要求額 1,234（▲100）百万円】", "【令和6年度予算概算要求額 1,234（1,000）百万円の内数】"] {
      #expect(GenericReader.reading([other]).amountLines.allSatisfy { $0.prior == nil })
    }
  }
}
