import BudgetExtract
import BudgetModel
import BudgetTransform
import Foundation
import Testing

/// Wrong figures hunt6 found in settlement readers (issue #20): a revenue column that no
/// `歳入` section names, settlement lists and bulleted accounts of another year or a sum of
/// years, and white-paper sentences under another stage or on a contract basis.
@Suite struct HuntVariants6SettlementTests {
  static let real = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/RealWorld")

  static func fixture(_ name: String) throws -> String {
    try String(contentsOf: real.appendingPathComponent(name + ".txt"), encoding: .utf8)
  }

  func figuresOrNone(_ text: String, _ overrides: IdentityOverrides) -> [Figure] {
    (try? transform(text, overrides).summary.flatMap(\.figures)) ?? []
  }

  static let settlement = IdentityOverrides(fiscalYear: 2005, phase: "settlement")

  // monka-h17-kessan without its `(1)歳入` line (or under `(1)収入`, a row `返納金`): the
  // revenue table's 主管合計 (its settled column `収納済歳入額`) was published as spending.
  @Test(arguments: [
    ("(1)歳入 |\n", ""), ("(1)歳入 |\n", "(1)収入 |\n"), ("| 雑収入 |", "| 返納金 |"),
  ])
  func aRevenueColumnIsRevenue(_ real: String, _ variant: String) throws {
    var text = try Self.fixture("monka-h17-kessan").replacingOccurrences(of: real, with: variant)
    if variant.hasPrefix("|") { text = text.replacingOccurrences(of: "(1)歳入 |\n", with: "") }
    let figures = figuresOrNone(text, Self.settlement)
    #expect(figures.count == 6)
    #expect(
      figures.filter { $0.operationCharacter == .revenue }.map(\.amountJPY) == [
        7_028_000_000, 7_028_000_000,
      ])
  }

  /// kokkai-h28-kessan-ndl-blog lines 5-18 under another heading.
  static func ndl(_ heading: String, list: String? = nil) -> String {
    "2016(平成28)年度一般会計決算を読む その5\n\n（説明文）\n\n\(heading)\n\n"
      + (list
        ?? "  • 歳出予算額: 195億円\n  • 前年度繰越: 3億円\n  • 予算総額: 198億円\n  • 支出済歳出額: 189.7億円\n"
        + "  • 翌年度繰越額: 2.4億円\n  • 不用額: 5.5億円\n")
  }

  static let kokkai = IdentityOverrides(
    organization: "kokkai", fiscalYear: 2016, phase: "settlement")

  // A heading naming the year before by a word, an estimate or a sum over years: the list was
  // exported as the document year's settlement.
  @Test(arguments: [
    "前年度の国立国会図書館", "(参考)前年度決算", "【参考】昨年度", "国立国会図書館(決算見込み)", "国立国会図書館(累計)",
    "国立国会図書館(5年間の合計)",
  ])
  func aListOfAnotherAccountIsReported(_ heading: String) {
    #expect(figuresOrNone(Self.ndl(heading), Self.kokkai).isEmpty)
    let short = "  • 歳出予算額: 1.2億円\n  • 支出済額: 1.2億円\n  • 不用額: 532万円\n"
    #expect(figuresOrNone(Self.ndl(heading, list: short), Self.kokkai).isEmpty)
  }

  // Line 20's sentence with the year before in its words.
  @Test func aSentenceOfTheYearBeforeIsReported() {
    let line = "前年度の職員の人件費（説明文）歳出予算額96.6億円、支出済額93.4億円、不用額3.2億円（説明文）"
    #expect(figuresOrNone(Self.ndl("国立国会図書館", list: line + "\n"), Self.kokkai).isEmpty)
    let real = "職員の人件費（説明文）歳出予算額96.6億円、支出済額93.4億円、不用額3.2億円（説明文）"
    let read = figuresOrNone(Self.ndl("国立国会図書館", list: real + "\n"), Self.kokkai)
    #expect(read.map(\.amountJPY) == [9_340_000_000])
  }

  // The real heading keeps its list; a list of revenue lines is revenue (it was spending).
  @Test func theRealListIsReadAndARevenueListIsRevenue() {
    let read = figuresOrNone(Self.ndl("国立国会図書館"), Self.kokkai)
    #expect(read.map(\.amountJPY) == [18_970_000_000])
    let revenue =
      "  • 歳入予算額: 100億円\n  • 徴収決定済額: 120億円\n  • 収納済歳入額: 115億円\n  • 不納欠損額: 1億円\n"
      + "  • 収納未済歳入額: 4億円\n"
    let figures = figuresOrNone(Self.ndl("国会主管", list: revenue), Self.kokkai)
    #expect(figures.map(\.amountJPY) == [11_500_000_000])
    #expect(figures.map(\.operationCharacter) == [.revenue])
  }

  static let boei = IdentityOverrides(organization: "boei", fiscalYear: 2004, phase: "enacted")

  // boei-h16-hakusho-keihi line 10 captioned by another stage (the request, the settlement):
  // its amounts were exported as the enacted budget.
  @Test(arguments: ["平成16年度概算要求", "平成16年度決算"])
  func aSentenceOfAnotherStageIsReported(_ caption: String) throws {
    let text = try Self.fixture("boei-h16-hakusho-keihi").replacingOccurrences(
      of: "平成16年度予算", with: caption)
    let yen = figuresOrNone(text, Self.boei).compactMap(\.amountJPY)
    #expect(!yen.contains(26_600_000_000))
    #expect(!yen.contains(4_903_000_000_000))
  }

  // Line 9 or 10 on a contract basis (契約ベース: what the year's contracts commit over later
  // years): exported as the budget.
  @Test(arguments: [
    ("総額 4兆8,764億円", "総額(契約ベース) 4兆8,764億円", Int64(4_876_400_000_000)),
    ("これを含めた防衛関係費の総額", "これを含めた防衛関係費の総額(契約ベース)", 4_903_000_000_000),
  ])
  func aContractBasisIsNoBudget(_ real: String, _ variant: String, _ yen: Int64) throws {
    let text = try Self.fixture("boei-h16-hakusho-keihi").replacingOccurrences(
      of: real, with: variant)
    #expect(!figuresOrNone(text, Self.boei).contains { $0.amountJPY == yen })
  }
}

/// zaimu-h03-gaitame-tokkai-kessan-kensain's account under a caption naming an estimate.
@Suite struct HuntVariants6EstimateTests {
  @Test func anEstimatedAccountIsNoSettlement() throws {
    let real = try HuntVariants6SettlementTests.fixture("zaimu-h03-gaitame-tokkai-kessan-kensain")
    let overrides = IdentityOverrides(organization: "zaimu", fiscalYear: 1991, phase: "settlement")
    let read = (try? transform(real, overrides).summary.flatMap(\.figures)) ?? []
    #expect(read.contains { $0.amountJPY == 1_106_687_594_000 })
    let text = real.replacingOccurrences(of: "1 歳入歳出決算", with: "1 歳入歳出決算(見込)")
    let figures = (try? transform(text, overrides).summary.flatMap(\.figures)) ?? []
    #expect(!figures.contains { $0.amountJPY == 1_106_687_594_000 })
  }
}
