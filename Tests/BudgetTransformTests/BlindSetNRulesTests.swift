import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set N (`Tests/Fixtures/RealWorld/SOURCES-n.md`; issue #20): its first
/// run exported three wrong figures, each now reported.
@Suite struct BlindSetNRulesTests {
  static let shobo = IdentityOverrides(organization: "soumu", phase: "enacted")

  // soumu-r4-shobo-hakusho-yosan line 18: words in the parentheses that do not name a year
  // (`デジタル庁一括計上分を除くと`) make the figure another amount of the same year, never
  // the prior year's (it was exported as 令和3年度's).
  @Test func parenthesesThatNameNoYearHoldNoPriorAmount() throws {
    let excluded = try transform(
      "令和4年度 消防庁予算の概要\n○復興特別会計 3.5億円\n○一般会計 129.7億円(デジタル庁一括計上分を除くと118.9億円)\n", Self.shobo)
    #expect(!amounts(excluded).contains { $0.2 == 11_890_000_000 })
    let prior = try transform("令和4年度 消防庁予算の概要\n○一般会計 129.7億円(118.9億円)\n", Self.shobo)
    #expect(amounts(prior).contains { $0 == (.priorInitial, 2021, 11_890_000_000) })
  }

  // national-h28-hosei2-setsumei-sosetsu line 46: `既定経費の減額 827,457 百万円` printed
  // without a sign (the document's words say it is a cut): reported, never exported as an
  // addition of the supplementary budget.
  @Test func aReductionPrintedWithoutItsSignIsReported() throws {
    let overrides = IdentityOverrides(organization: "national", phase: "supplementary-2")
    let text = "平成28年度補正予算(第2号)の概要\n追加額の合計 4,114,327 百万円\n既定経費の減額 827,457 百万円\n"
    let doc = try transform(text, overrides)
    #expect(!amounts(doc).contains { abs($0.2) == 827_457_000_000 })
    #expect(amounts(doc).contains { $0.2 == 4_114_327_000_000 })
    #expect(doc.findings.contains { $0.lines.contains(3) && $0.message.contains("reduction") })
  }

  // keisan-h22-tokkyo-tokkai-kessan lines 48 and 62: `前年度剰余金受入` (a revenue row: the
  // surplus carried in) above `(剰余金の額) 201,573百万円` is no prior-year heading; the
  // amount was exported as 平成21年度's initial budget.
  @Test func aTermThatStartsWithThePriorYearIsNoYear() throws {
    let overrides = IdentityOverrides(organization: "keisan", fiscalYear: 2010, phase: "settlement")
    let text = "平成22年度決算(特許特別会計)\n前 年 度 剰 余 金 受 入\n(剰余金の額) ・・・・・・201,573百万円\n"
    // Nothing else on the page is read: the amount is reported with its line, not exported
    // for the prior year (or any year).
    #expect {
      try transform(text, overrides)
    } throws: { error in
      "\(error)".contains("line 3") && "\(error)".contains("剰余金の額")
    }
  }

  // The same rule where a figure in parentheses follows an amount: `前年度剰余金受入` names
  // no year (the surplus is the document's own year's), so the figure is no prior amount;
  // `前年度` alone still names the prior year. The parentheses are a note on the amount
  // (`AmountNote`): the line is reported, its figure no entry of its own.
  @Test func aTermOfTheAccountsInParenthesesNamesNoYear() throws {
    let surplus = try transform(
      "令和4年度 消防庁予算の概要\n○復興特別会計 3.5億円\n○一般会計 129.7億円(前年度剰余金受入 10.5億円)\n",
      Self.shobo)
    #expect(amounts(surplus).contains { $0 == (.budget, 2022, 350_000_000) })
    #expect(!amounts(surplus).contains { $0.2 == 1_050_000_000 })
    #expect(surplus.findings.contains { $0.lines.contains(3) })
    let prior = try transform("令和4年度 消防庁予算の概要\n○一般会計 129.7億円(前年度 118.9億円)\n", Self.shobo)
    #expect(amounts(prior).contains { $0 == (.priorInitial, 2021, 11_890_000_000) })
    #expect(PriorYearWords.withoutAccountTerms("前 年 度 剰 余 金 受 入") == "受入")
    #expect(PriorYearWords.namesPriorYear("前年度繰越額と前年度予算額"))
    #expect(!PriorYearWords.namesPriorYear("前年度歳計剰余金"))
  }

  // naikakufu-h20-kaijo-kotsu-anzen-yosan's 第2表 flattened to one line (FlattenedFixtureTests
  // found it): figures printed apart are no run-together table, so `(2)船舶検査の充実 86 88 83
  // ▲5 77` is not re-split into 8, 6, 88, 83, ▲577 (B − C within a unit of rounding); the flat
  // table reads the row as printed.
  @Test func figuresPrintedApartAreNotSplitAgain() throws {
    let text =
      "(単位:百万円) 事項 平成18年度予算額 平成19年度予算額 平成20年度予算額 比較増減額 平成18年度決算額"
      + " 2.船舶の安全性の確保 358 333 328 ▲5 305 (1)船舶の安全基準の整備 244 226 224 ▲2 206"
      + " (2)船舶検査の充実 86 88 83 ▲5 77\n"
    let overrides = IdentityOverrides(organization: "naikakufu", fiscalYear: 2008, phase: "enacted")
    let figures = amounts(try transform(text, overrides))
    #expect(!figures.contains { $0.2 == -577_000_000 || $0.2 == 6_000_000 })
    #expect(figures.contains { $0 == (.budget, 2008, 83_000_000) })
    #expect(figures.contains { $0 == (.priorInitial, 2007, 88_000_000) })
  }
}
