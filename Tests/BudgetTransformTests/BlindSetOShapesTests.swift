import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Year series of blind set O (`Tests/Fixtures/RealWorld/SOURCES-o.md`; issue #20): an amount
/// per year, each with its year, read as each year's initial budget where the stage is certain.
@Suite struct BlindSetOSeriesTests {
  static let courts = IdentityOverrides(organization: "saibansho", fiscalYear: 2016)
  static let weather = IdentityOverrides(organization: "kokudo", fiscalYear: 2020, phase: "enacted")

  static let chain = [
    "2 平成17年度以降,裁判所の当初予算(説明文)",
    "3259億円(平成17年度)→3331億円(平成18年度)→3303億円(平成19年度)→3275億円(平成20年度)",
    "→3247億円(平成21年度)→3231億円(平成22年度)→3200億円(平成23年度)→3146億円(平成24年度)",
    "→2988億円(平成25年度)→3111億円(平成26年度)→3130億円(平成27年度)→3153億円(平成28年度)",
  ]

  // saibansho-h28-toshoyosan-suii-blog lines 9-12: the caption names 当初予算, so each amount
  // is its year's initial budget (the budget year's is the enacted budget).
  @Test func aChainUnderInitialBudgetWords() throws {
    let text = "裁判所の予算等\n" + Self.chain.joined(separator: "\n") + "\n"
    let figures = amounts(try transform(text, Self.courts))
    #expect(figures.contains { $0 == (.initial, 2005, 325_900_000_000) })
    #expect(figures.contains { $0 == (.initial, 2013, 298_800_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2015, 313_000_000_000) })
    #expect(figures.contains { $0 == (.budget, 2016, 315_300_000_000) })
    #expect(figures.count == 12)
  }

  // The chain in a supplementary budget's document: the budget year's 当初 is not the
  // document's figure (reported); the earlier years are still each year's initial budget.
  @Test func aChainInASupplementaryBudgetsDocument() throws {
    let text = "裁判所の予算等\n" + Self.chain.joined(separator: "\n") + "\n"
    let overrides = IdentityOverrides(
      organization: "saibansho", fiscalYear: 2016, phase: "supplementary")
    let figures = amounts(try transform(text, overrides))
    #expect(!figures.contains { $0.2 == 315_300_000_000 })
    #expect(figures.contains { $0 == (.initial, 2005, 325_900_000_000) })
  }

  // The same chain under words naming another stage (補正後): not read, reported.
  @Test func aChainUnderOtherStageWordsIsReported() throws {
    var lines = Self.chain
    lines[0] = "2 平成17年度以降,裁判所の補正後予算(説明文)"
    let text = "裁判所の予算等\n" + lines.joined(separator: "\n") + "\n"
    let figures = (try? transform(text, Self.courts)).map(amounts) ?? []
    #expect(!figures.contains { $0.2 == 325_900_000_000 })
    #expect(!figures.contains { $0.2 == 313_000_000_000 })
  }

  static let series = [
    "気象庁関係予算の概要(予算総括表の単位は百万円)",
    "令和 2年度(2020年度) 594億9200万円",
    "平成31年度(2019年度) 607億6500万円",
    "平成30年度(2018年度) 568億0300万円",
    "平成29年度(2017年度) 574億0500万円",
    "平成28年度(2016年度) 587億2800万円",
  ]

  // kokudo-r2-kishocho-yosan-suii-web lines 9-14: no word names the stage, the document is
  // the enacted budget's and the series holds the budget year and the prior year: each year's
  // amount is its initial budget.
  @Test func aSeriesInAnEnactedBudgetsDocument() throws {
    let text = Self.series.joined(separator: "\n") + "\n"
    let figures = amounts(try transform(text, Self.weather))
    #expect(figures.contains { $0 == (.budget, 2020, 59_492_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2019, 60_765_000_000) })
    #expect(figures.contains { $0 == (.initial, 2018, 56_803_000_000) })
    #expect(figures.contains { $0 == (.initial, 2016, 58_728_000_000) })
    // In a request's document the same series' earlier years are not certain: reported.
    let request = IdentityOverrides(organization: "kokudo", fiscalYear: 2020, phase: "request")
    let requested = amounts(try transform(text, request))
    #expect(!requested.contains { $0.0 == .initial })
    // Without the budget year's row, nothing ties the series to the enacted budget.
    let older = ([Self.series[0]] + Self.series.dropFirst(2)).joined(separator: "\n") + "\n"
    #expect(!amounts(try transform(older, Self.weather)).contains { $0.0 == .initial })
    // A Western year that is not the era's year: not a year label.
    let mismatch = text.replacingOccurrences(of: "(2018年度)", with: "(2017年度)")
    #expect(!amounts(try transform(mismatch, Self.weather)).contains { $0.1 == 2018 })
  }

  // naikaku-r7-jinjiin-yosan-gaiyo lines 1-24: the title prints its year and no stage; the
  // line `令和7年度予算(政府案)…` under it names the stage of that year's budget: a proposal
  // (the header's bare `予算額` had made it the enacted budget).
  @Test func aLineNamingTheTitlesYearsStage() throws {
    let lines = [
      "令和7年度人事院予算等の概要", "令和6年12月27日", " 令和7年度予算(政府案)(説明文)", " (説明文)",
      " また、令和6年度補正予算(裁量的経費)(説明文)1,650百万円(庁舎移転経費を除く予算額686百万円)(説明文)",
      "令和6年度",
      "当初予算額", "(百万円)", "", "令和7年度", "予 算 額", "(百万円)", "比較増減", "金額",
      "(百万円)", "", "(%)", "人 事 院", "8,784 10,896 +2,112 +24.0",
    ]
    let document = try transform(
      lines.joined(separator: "\n") + "\n", IdentityOverrides(organization: "naikaku"))
    #expect(document.info.id == "jp-naikaku-2025-proposal")
    let figures = amounts(document)
    #expect(figures.contains { $0 == (.budget, 2025, 10_896_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2024, 8_784_000_000) })
    #expect(figures.contains { $0 == (.change, 2025, 2_112_000_000) })
  }
}
