import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Second round of blind set P (`Tests/Fixtures/RealWorld/SOURCES-p.md`; issue #20): a stage
/// the title leaves open, taken from the headline that names the title's year with one stage.
@Suite struct BlindSetP2RulesTests {
  // kokudo-h31-kaiho-yosan-an-jwing lines 6 and 10: the title `海保2019年度予算と補正予算合わせ
  // 20%増に` names two budgets (no one stage); the first sentence prints the title's year with
  // its stage, `海上保安庁の2019年度予算案 対前年度3%増の総額2177億5300万円`: a proposal.
  static let title = "海保2019年度予算と補正予算合わせ20%増に"
  static let sentence =
    " 海上保安庁の2019年度予算案 対前年度3%増の総額2177億5300万円（説明文）2018年度補正予算357億2200万円（説明文）"

  @Test func theHeadlineNamingTheTitlesYearGivesTheStage() throws {
    let text =
      [
        Self.title, "", "尖閣対応と国民安全で装備増強が続く", "", Self.sentence,
        "搭載用ヘリ5機を整備、2019年度に3機が就役", "中型測量航空機も新たに着手", " （説明文）",
        "1. 戦略的な海上保安体制の構築=369.7億円(2018年度補正予算を加え524.5億円)",
      ]
      .joined(separator: "\n") + "\n"
    let document = try transform(text, IdentityOverrides(organization: "kokudo"))
    #expect(document.info.id == "jp-kokudo-2019-proposal")
    let figures = amounts(document)
    #expect(figures.contains { $0 == (.budget, 2019, 36_970_000_000) })
  }

  // The same title over a sentence that names the year's budget without a stage, or that
  // names two stages of the title's year: no stage is certain, `--phase` is asked for.
  @Test func noOneStageForTheTitlesYearIsAsked() throws {
    for sentence in [
      " 海上保安庁の2019年度予算 対前年度3%増の総額2177億5300万円",
      Self.sentence + "\n 2019年度補正予算 100億円",
    ] {
      let text = Self.title + "\n\n" + sentence + "\n▼基地整備=25.3億円\n"
      #expect(throws: BudgetTransformError.self) {
        try transform(text, IdentityOverrides(organization: "kokudo"))
      }
    }
  }

  // The same shape in an era year, spaced and in full-width digits (`令和 6 年度予算(案)`):
  // the stage word right after the year is read the same way.
  @Test func anEraYearSpacedOrFullWidth() throws {
    let text = "海保令和６年度予算と補正予算合わせ20%増に\n\n 海上保安庁の令和 6 年度予算(案) 総額2,612億円\n"
    let document = try transform(text, IdentityOverrides(organization: "kokudo"))
    #expect(document.info.id == "jp-kokudo-2024-proposal")
  }
}
