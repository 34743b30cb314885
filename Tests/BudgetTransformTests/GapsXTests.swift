import BudgetExtract
import BudgetModel
import BudgetTransform
import Foundation
import Testing

/// Round 21's gaps (branch gapsx, issue #20): 会計検査院's 決算検査報告, the 所管 table of the
/// 一般会計 printed one cell per line after the account (national-h18-kessan-kensain lines
/// 39-86; the blank line 66 holds one space in the fixture), and the one-column table of
/// 昭和52年度 (national-s52-kessan-kensain lines 6-29).
@Suite struct GapsXTests {
  static let h18 = """
    (2) 歳出

     （説明文）

    区分
    18年度
    (17年度)

    千円
    千円
    支出済歳出額
    81,445,480,694
    85,519,592,207
    翌年度繰越額
    2,135,139,048
    1,914,305,596
    不用額
    1,806,000,862
    1,527,541,890

    ア 支出済歳出額

     （説明文）

    所管
    18年度
    (17年度)

    千円
    千円
    皇室費
    6,593,450
    6,850,961
    国会
    123,681,323
    126,365,522
    裁判所
    320,893,818
    317,237,297
    会計検査院
    19,254,727
    18,935,257
    内閣
    99,220,184
    77,360,532
    内閣府
    518,124,714
    5,424,208,351
    """

  static let s52 = """
    (歳出)
    （説明文）
    <支出済歳出額>
    （説明文）
    所管 | 支出済歳出額 | ||
    百万円 | |||
    皇室費 | 2,337 | ||
    国会 | 56,059 | ||
    裁判所 | 150,052 | ||
    会計検査院 | 6,866 | ||
    内閣 | 8,403 | ||
    総理府 | 3,641,272 | ||
    法務省 | 276,201 | ||
    外務省 | 175,071 | ||
    大蔵省 | 3,224,238 | ||
    文部省 | 3,207,782 | ||
    厚生省 | 5,652,566 | ||
    農林省 | 2,806,825 | ||
    通商産業省 | 320,381 | ||
    運輸省 | 979,367 | ||
    郵政省 | 19,505 | ||
    労働省 | 379,900 | ||
    建設省 | 3,178,715 | ||
    自治省 | 4,974,292 | ||
    """

  func figures(_ text: String, _ overrides: IdentityOverrides) throws -> [Figure] {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    let doc = try Transformer(mappings: Support.mappings, overrides: overrides).transform(
      extracted)
    return doc.observations.map(\.figure).filter { $0.amountJPY != nil }
  }

  static let h18Options = IdentityOverrides(
    organization: "national", fiscalYear: 2006, phase: "settlement")

  // `所管` / `18年度` / `(17年度)` (one word per line) after the account's table names the same
  // columns: it starts the next table, whose heading `ア 支出済歳出額` gives the years the
  // settlement stage (as `<支出済歳出額>` does).
  @Test func aHeaderOneWordPerLineStartsTheNextTable() throws {
    let figures = try figures(Self.h18, Self.h18Options)
    #expect(figures.count == 14)
    #expect(
      figures.map(\.amountJPY).suffix(4) == [
        99_220_184_000, 77_360_532_000, 518_124_714_000, 5_424_208_351_000,
      ])
    #expect(
      figures.suffix(12).map(\.fiscalYear)
        == Array(repeating: [2006, 2005], count: 6).flatMap { $0 })
    #expect(
      figures.suffix(12).map(\.measure)
        == Array(repeating: [.budget, .settlement], count: 6).flatMap { $0 })
  }

  // Without a heading naming the settled amount, the years print no stage: nothing says what
  // the 所管 rows hold, and they are reported.
  @Test func withoutTheSettledHeadingTheRowsAreReported() throws {
    let text = Self.h18.replacingOccurrences(of: "ア 支出済歳出額", with: "ア 概要")
    let figures = try figures(text, Self.h18Options)
    #expect(figures.map(\.amountJPY) == [81_445_480_694_000, 85_519_592_207_000])
  }

  // A header that names other columns than the open table's stays the open table's next
  // label, as before: the 所管 rows are not read.
  @Test func aHeaderOfOtherYearsIsNotTheNextTable() throws {
    let text = Self.h18.replacingOccurrences(
      of: "所管\n18年度\n(17年度)", with: "所管\n18年度\n(16年度)")
    #expect(text != Self.h18)
    let figures = try figures(text, Self.h18Options)
    #expect(figures.map(\.amountJPY) == [81_445_480_694_000, 85_519_592_207_000])
  }
}

extension GapsXTests {
  static let s52Options = IdentityOverrides(organization: "national", fiscalYear: 1977)

  // `<支出済歳出額>` and the header `所管 | 支出済歳出額` name the one column twice: the
  // settlement of the year the user states.
  @Test func aLoneSettledColumnNamedTwiceIsTheSettlement() throws {
    let figures = try figures(Self.s52, Self.s52Options)
    #expect(figures.count == 18)
    #expect(figures.first?.amountJPY == 2_337_000_000)
    #expect(figures.last?.amountJPY == 4_974_292_000_000)
    #expect(figures.allSatisfy { $0.measure == .budget && $0.fiscalYear == 1977 })
  }

  // The header alone, or a heading of the other settled amount, does not say it twice.
  @Test func oneNamingIsNotEnough() throws {
    for heading in ["<概要>", "<収納済歳入額>"] {
      let text = Self.s52.replacingOccurrences(of: "<支出済歳出額>", with: heading)
      #expect(throws: (any Error).self) { try figures(text, Self.s52Options) }
    }
  }

  // Outside a settlement's document the settled column is no measure of the document's stage.
  @Test func outsideASettlementNothingIsExported() throws {
    let options = IdentityOverrides(organization: "national", fiscalYear: 1977, phase: "enacted")
    #expect(throws: (any Error).self) { try figures(Self.s52, options) }
  }

  // A second column, or a year, makes it no lone settled column.
  @Test func aHeaderWithMoreWordsIsNotRead() throws {
    let text = Self.s52.replacingOccurrences(
      of: "所管 | 支出済歳出額 | ||", with: "所管 | 支出済歳出額 | 備考 ||")
    #expect(throws: (any Error).self) { try figures(text, Self.s52Options) }
  }
}
