import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set O (`Tests/Fixtures/RealWorld/SOURCES-o.md`; issue #20): each
/// wrong figure of its first run, now reported by a rule that holds for any document.
@Suite struct BlindSetORulesTests {
  static let courts = IdentityOverrides(
    organization: "saibansho", fiscalYear: 2016, phase: "enacted")

  // saibansho-h28-toshoyosan-suii-blog line 12: in a chain of amounts each followed by its
  // own year in parentheses, `…3130億円(平成27年度)→3153億円(平成28年度)`, the year after an
  // amount is that amount's; it was taken for the next amount's label (3153億円 exported as
  // 平成27年度's initial budget).
  @Test func aYearInParenthesesAfterAnAmountIsThatAmountsOwn() throws {
    let text =
      "裁判所の予算等\n○裁判所の当初予算 3153億円\n"
      + "→2988億円(平成25年度)→3111億円(平成26年度)→3130億円(平成27年度)→3153億円(平成28年度)\n"
    let figures = amounts(try transform(text, Self.courts))
    #expect(figures.contains { $0 == (.budget, 2016, 315_300_000_000) })
    #expect(!figures.contains { $0 == (.priorInitial, 2015, 315_300_000_000) })
    #expect(!figures.contains { $0.1 == 2015 && $0.2 != 313_000_000_000 })
  }

  // A year mark after an amount whose label names a stage of its own: which year and stage
  // the amount is of is not certain, so the line is not read (reported).
  @Test func aYearMarkBesideAStageInTheLabelIsNotRead() throws {
    let text = "令和4年度 消防庁予算の概要\n○一般会計 129.7億円\n○補正予算 30.5億円(令和3年度)\n"
    let overrides = IdentityOverrides(organization: "soumu", phase: "enacted")
    let figures = amounts(try transform(text, overrides))
    #expect(figures.contains { $0 == (.budget, 2022, 12_970_000_000) })
    #expect(!figures.contains { $0.2 == 3_050_000_000 })
  }

  // national-h27-shuyo-keihi-reuters (set O's spare) line 10: `恩給関係費 3900億円 ー500億円`,
  // a minus printed as the katakana `ー`: 500億円 was exported as a budget amount labelled
  // `ー`. A label of nothing but dash-like letters is a mark, so the line is a pair of amounts
  // joined by a mark, reported as the same lines printed with `─` are.
  @Test func aDashPrintedAsALetterIsNoLabel() throws {
    let text =
      "一般会計、主要経費別内訳\n社会保障関係費 31兆5300億円\n恩給関係費      3900億円  ー500億円\n"
      + "経済協力費 5100億円 一0億円\n"
    let overrides = IdentityOverrides(organization: "national", fiscalYear: 2015, phase: "proposal")
    let document = try transform(text, overrides)
    #expect(amounts(document).contains { $0 == (.budget, 2015, 31_530_000_000_000) })
    #expect(!amounts(document).contains { $0.2 == 50_000_000_000 || $0.2 == 0 })
    #expect(document.findings.contains { $0.lines.contains(3) })
  }
}
