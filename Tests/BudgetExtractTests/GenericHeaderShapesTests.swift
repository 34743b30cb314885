import BudgetModel
import Testing

@testable import BudgetExtract

/// Header shapes of the generic layout beyond one line of column words (issue #20).
@Suite struct GenericHeaderShapesTests {
  func read(_ lines: [String]) -> GenericReader { GenericReader.reading(lines) }

  /// 内閣府 平成25年度 少子化社会対策関係予算: `予算額(当初)` over three years, `決算額` over one.
  @Test func twoLevelHeaderGivesEachYearItsGroupsStage() throws {
    let reader = read([
      "(単位:百万円)",
      "目指すべき社会と主要施策 予算額(当初) 決算額",
      "  23年度 24年度 25年度 23年度",
      "意欲を持って就業と自立に向かえるように 50,650 39,681 32,321 36,841",
      "社会生活に必要なことを学ぶ機会を 5,344 4,935 5,038 5,298",
    ])
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.fiscalYearLabel) == ["23年度", "24年度", "25年度", "23年度"])
    #expect(meanings.map(\.stage) == [.initial, .initial, .initial, .settlement])
    #expect(meanings[0].header == "予算額(当初)23年度")
    #expect(table.rows.map(\.label) == ["意欲を持って就業と自立に向かえるように", "社会生活に必要なことを学ぶ機会を"])
    #expect(
      table.rows[0].cells[2].amount == PrintedAmount(DecimalNumber(ascii: "32321")!, unit: nil))
    // No arithmetic confirms it: exported as the header reads, with a warning.
    #expect(table.confirmed == false)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnconfirmed })
  }

  @Test func twoLevelSplitFollowsTheYearsOrder() {
    // 23 24 25 | 23: the only split into two ascending runs.
    #expect(TwoLevelHeader.uniqueSplit([23, 24, 25, 23], into: 2) == [3, 1])
    // 24 25 | 24 25, and descending 25 24 | 25 24.
    #expect(TwoLevelHeader.uniqueSplit([24, 25, 24, 25], into: 2) == [2, 2])
    #expect(TwoLevelHeader.uniqueSplit([25, 24, 25, 24], into: 2) == [2, 2])
    // 25 | 24 25 ascending, or 25 24 | 25 descending: not certain.
    #expect(TwoLevelHeader.uniqueSplit([25, 24, 25], into: 2) == nil)
    // One run of four years under two groups: where the second starts is not printed.
    #expect(TwoLevelHeader.uniqueSplit([22, 23, 24, 25], into: 2) == nil)
  }

  @Test func twoLevelHeaderNotCertainIsLeftToTheOneLineReading() {
    #expect(TwoLevelHeader.meanings(["区分 予算額 決算額", "22年度 23年度 24年度 25年度"]) == nil)
    // A group naming a year is not a stage group.
    #expect(TwoLevelHeader.meanings(["区分 24年度予算額 決算額", "24年度 23年度"]) == nil)
  }

  /// `2,15,16` (内閣府 平成25年度, row 1 under 25年度): digits grouped other than in threes are
  /// a converter's damage, not a figure; the row is reported, not read as 21,516.
  @Test func brokenCommaGroupingIsNoCell() {
    let parser = FigureParser(lexicon: .standard)
    #expect(CellToken.parse("2,15,16", line: 1, parser: parser) == nil)
    #expect(CellToken.parse("1,2345", line: 1, parser: parser) == nil)
    #expect(
      CellToken.parse("2,403,739", line: 1, parser: parser)?.decimal
        == DecimalNumber(ascii: "2403739"))
    #expect(CellToken.parse("1兆6,965億円", line: 1, parser: parser) != nil)
    #expect(CellToken.parse("1,234.5", line: 1, parser: parser) != nil)
    let reader = read([
      "(単位:百万円)",
      "目指すべき社会と主要施策 予算額(当初) 決算額",
      "  23年度 24年度 25年度 23年度",
      "1.子ども・子育てを支援し 教育機会の確保を 2,703,603 2,049,584 2,15,16 2,403,739",
      "意欲を持って就業と自立に向かえるように 50,650 39,681 32,321 36,841",
    ])
    #expect(reader.tables.first?.rows.map(\.label) == ["意欲を持って就業と自立に向かえるように"])
    #expect(reader.diagnostics.contains { $0.span.line == 4 && $0.kind == .unrecognizedLine })
  }

  /// 国土交通省 平成15年度 河川局関係予算総括表: 事業費 and 国費 of one year, each with its
  /// 対前年度比 printed as a multiplier; units in every cell, no unit line.
  static let kasen = [
    "2.平成15年度河川局関係予算総括表",
    "",
    "区    分 事 業 費 対前年",
    "度 比",
    "国  費 対前年度比",
    "治  山  治  水 1兆6,965億円 0.96 1兆469億円 0.96",
    "  治  水  事  業 1兆5,660億円 0.96 9,754億円 0.96",
    "  海  岸  事  業  462億円 0.95  293億円 0.96",
    "  急傾斜地崩壊対策等事業  843億円 0.96  422億円 0.96",
    "都市水環境整備事業  348億円 1.00  168億円 1.00",
    "小 計 1兆7,313億円 0.96 1兆637億円 0.96",
  ]

  @Test func fundingHeaderNamesTheNationalExpenseAndTheCaptionsYear() {
    let header = ["区    分 事 業 費 対前年", "度 比", "国  費 対前年度比"]
    let meanings = FundingHeader.meanings(header, caption: "2.平成15年度河川局関係予算総括表")
    #expect(meanings?.map(\.kind) == [.other, .ratioPercent, .amount, .ratioPercent])
    #expect(meanings?.map(\.header) == ["事業費", "対前年度比", "国費", "対前年度比"])
    #expect(meanings?[2].fiscalYearLabel == "平成15年度")
    // A caption naming no year, or two, gives the column none.
    #expect(FundingHeader.meanings(header, caption: "河川局関係予算総括表")?[2].fiscalYearLabel == nil)
    #expect(
      FundingHeader.meanings(header, caption: "平成15年度と平成14年度の比較")?[2].fiscalYearLabel == nil)
  }

  @Test func multiplierRatiosConfirmedByTheRowsThatAddUp() throws {
    let reader = read(Self.kasen)
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 6)
    #expect(table.confirmed)
    let cells = table.rows.map { row in
      row.cells.map { CellToken(figure: $0, isPercent: false, line: 0) }
    }
    // 治水 + 海岸 + 急傾斜 = 治山治水; 治山治水 + 都市水環境 = 小計 (事業費 and 国費 alike).
    #expect(
      RatioSums.groups(cells, columns: [0, 2]) == [
        RatioSums.Group(total: 0, parts: [1, 2, 3]), RatioSums.Group(total: 5, parts: [0, 4]),
      ])
    // 4 checks: each group's total ratio is its amount over its parts' implied prior amounts.
    let meanings = try #require(table.meanings)
    #expect(RatioSums.check(meanings, rows: cells).held == 4)
  }

  @Test func aRatioTheSumsDoNotExplainIsReported() throws {
    var lines = Self.kasen
    // 小計's 国費 ratio printed 0.90: 10,637 over the parts' prior 11,084 is 0.96, not 0.90.
    lines[10] = "小 計 1兆7,313億円 0.96 1兆637億円 0.90"
    let reader = read(lines)
    let table = try #require(reader.tables.first)
    #expect(!table.confirmed)
    #expect(reader.diagnostics.contains { $0.kind == .tableUnconfirmed && $0.span.line == 11 })
  }

  /// 令和6年度 ODA (政府案): one cell per line, each change's rate in parentheses under it.
  static let oda = [
    "(単位:億円)", "項", "目", "4年度", "(A)", "5年度", "(B)", "6年度", "(C)", "増 減", "(C-A)", "増 減",
    "(C-B)", "一般会計ODA予算", "当初", "5,612", "5,709", "5,650", "+38", "(+0.7%)", "▲60", "(▲1.0%)",
    "当初+前年度補正", "7,212", "9,124", "8,934", "+1,722", "(+23.9%)", "▲190", "(▲2.1%)",
  ]

  @Test func ratesInParenthesesUnderChangesAreTheirRates() throws {
    let reader = read(Self.oda)
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(
      meanings.map(\.kind) == [
        .amount, .amount, .amount, .change, .ratePercent, .change, .ratePercent,
      ])
    // The rate of C−A is over A, the rate of C−B over B: both hold on both rows.
    #expect(
      ColumnMeaning.relations(meanings).filter { $0.result == 4 || $0.result == 6 }.map(\.rhs) == [
        0, 1,
      ])
    #expect(table.confirmed)
    #expect(
      table.rows.map { $0.cells[6].amount?.parts.first?.number } == [
        DecimalNumber(ascii: "1.0"), DecimalNumber(ascii: "2.1"),
      ])
    #expect(table.rows.map(\.span.endLine) == [22, 30])
    #expect(!reader.diagnostics.contains { $0.message.contains("rate in parentheses") })
  }

  @Test func ratesInParenthesesWithNoChangeAboveAreReported() {
    var lines = Self.oda
    lines.insert("(+1.7%)", at: 16)  // under 5,612, an amount
    let reader = read(lines)
    #expect(
      reader.diagnostics.contains {
        $0.span.line == 17 && $0.message.contains("rate in parentheses")
      })
  }

  /// One year under each stage: the years line no longer gives its first year to the last
  /// stage word (`要求額 5年度`) and a column of its own to the second.
  @Test func oneYearUnderEachStageGroup() throws {
    let meanings = try #require(TwoLevelHeader.meanings(["区分 予算額 要求額", "5年度 6年度"]))
    #expect(meanings.map(\.fiscalYearLabel) == ["5年度", "6年度"])
    #expect(meanings.map(\.stage) == [.initial, .request])
  }

  /// The 小計 rows of the two-level table add up (Σ rows = 小計 in all four columns): the
  /// cells stand in their columns, though a sum does not say a column's year or stage.
  @Test func twoLevelTableSubtotalsAddUp() throws {
    let reader = read([
      "(単位:百万円)",
      "目指すべき社会と主要施策 予算額(当初) 決算額",
      "  23年度 24年度 25年度 23年度",
      "2.妊娠、出産、子育ての希望が実現できる社会へ 安心して妊娠・出産できるように 26,263 11,276 11,615 25,709",
      "誰もが希望する幼児教育と保育サービスが受けられるように 439,761 463,529 495,255 425,183",
      "子どもの健康と安全を守り、安心して医療にかかれるように 33,052 23,952 23,385 31,917",
      "ひとり親家庭の子どもが困らないように 182,706 183,396 182,978 174,327",
      "特に支援が必要な子どもが健やかに育つように 97,830 94,941 177,194 96,032",
      "小計 779,612 777,094 890,426 753,168",
    ])
    let table = try #require(reader.tables.first)
    let cells = table.rows.map { row in
      row.cells.map { CellToken(figure: $0, isPercent: false, line: 0) }
    }
    #expect(
      RatioSums.groups(cells, columns: [0, 1, 2, 3]) == [
        RatioSums.Group(total: 5, parts: [0, 1, 2, 3, 4])
      ])
  }
}
