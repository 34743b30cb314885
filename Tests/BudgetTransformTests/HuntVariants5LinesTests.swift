import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures hunt5 found in item lines and running text (issue #20): item lines after
/// homu-r7-gaisan-yokyu's head, news-style lines of monka-h30-hosei-kyobun-news and
/// kokudo-h31-kaiho-yosan-an-jwing printed without `。`, norin-r5's one-cell list, and
/// kokkai-h28's settlement list.
@Suite struct HuntVariants5LinesTests {
  func figuresOrNone(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
    -> [(Measure, Int, Int64)]
  {
    do { return amounts(try transform(text, overrides)) } catch is BudgetTransformError {
      return []
    }
  }

  // `○人権擁護推進費 100億円(90億円)` varied: a footnote mark before the parentheses, `+事項要求`,
  // words saying what the amount holds or is, a loan facility, a sum per year. The 90億円 was
  // exported as the request, or the 100億円 as the request or 令和6年度's supplementary.
  @Test(arguments: [
    "○人権擁護推進費 100億円※2 (90億円)", "○人権擁護推進費 100億円+事項要求(90億円)",
    "○人権擁護推進費 100億円(税制改正要望)", "○人権擁護推進費 100億円(令和6年度補正予算を含む)",
    "○人権擁護推進費 融資枠 100億円", "○人権擁護推進費 年100億円",
  ])
  func anItemOfAnotherAmountIsReported(_ line: String) throws {
    let found = try amountsAfterHomuHead(line)
    #expect(!found.contains { $0.2 == 9_000_000_000 })
    #expect(!found.contains { $0.2 == 10_000_000_000 })
  }

  // The real shapes stay read: a request with items asked for without an amount after the
  // parentheses, a footnote mark glued to the amount (keisan-r8 line 12's `827.2 億円※`).
  @Test(arguments: [
    "○人権擁護推進費 100億円(90億円)+事項要求", "○人権擁護推進費 100億円※(90億円※)",
    "○人権擁護推進費 100億円(90億円)",
  ])
  func anItemWithItsPriorIsRead(_ line: String) throws {
    let found = try amountsAfterHomuHead(line)
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 2024, 9_000_000_000) })
  }

  // News-style totals with no `。` (a headline, a list line): the words before the amount
  // compare it with another figure, name an estimate, an average, a fund's total or a year
  // long past; each amount was exported as the budget, the prior year's or the change.
  @Test(arguments: [
    ("一般会計は10年前(4,000億円)の2倍の8,700億円", Int64(400_000_000_000)),
    ("なお、令和6年度の執行見込みは8,000億円", 800_000_000_000),
    ("平均で年8,700億円", 870_000_000_000),
    ("一般会計は前年度の2倍の8,700億円", 870_000_000_000),
    ("一般会計は令和6年度補正予算の1.5倍となる8,700億円", 870_000_000_000),
    ("一般会計は前年度比3割増の8,700億円", 870_000_000_000),
    ("基金に300億円を積み増す(基金総額は1兆円)", 1_000_000_000_000),
  ])
  func aComparedOrOtherTotalIsReported(_ line: String, _ yen: Int64) throws {
    let found = try amountsAfterHomuHead(line)
    #expect(!found.contains { $0.2 == yen })
  }

  // kokudo-h31 line 10 printed as a headline with no `。`: the total after `3%増の` was
  // exported as the change.
  @Test func aTotalAfterARateIsNoChange() throws {
    let text =
      "海上保安庁2019年度予算案\n\n○巡視船艇の整備 50億円(45億円)\n"
      + "海上保安庁の2019年度予算案は対前年度3%増の総額2177億5300万円\n"
    let found = try figuresOrNone(text, IdentityOverrides(organization: "kokudo"))
    #expect(!found.contains { $0.0 == .change && $0.2 == 217_753_000_000 })
    #expect(found.contains { $0 == (.budget, 2019, 5_000_000_000) })
  }

  /// norin-r5-gaisan-yokyu-shuyo lines 7-31: a list of one amount column (億円), each amount
  /// with its prior in parentheses on the next line; the first entry's is `prior`.
  func norin(_ prior: String) -> String {
    """
    令和5年度農林水産関係予算 概算要求

    総 額

    2兆6,808億円
    (2兆2,777億円)

    主な事業 予算額(億円)

    持続的生産強化対策事業

    （説明文）

    201
    \(prior)

    水田活用直接支払交付金

    （説明文）

    3,460
    (3,050)

    """
  }

  // `(▲174)`, `(+27)` under an amount: read as the prior year's initial budget (−174億円).
  @Test(arguments: ["(▲174)", "(+27)", "(△174)"])
  func aSignedFigureUnderAnAmountIsNoPrior(_ prior: String) throws {
    let found = amounts(try transform(norin(prior), IdentityOverrides(organization: "norin")))
    #expect(
      !found.contains {
        $0.0 == .priorInitial && [-17_400_000_000, 2_700_000_000, 17_400_000_000].contains($0.2)
      })
    #expect(found.contains { $0 == (.priorInitial, 2022, 305_000_000_000) })
    let real = amounts(try transform(norin("(174)"), IdentityOverrides(organization: "norin")))
    #expect(real.contains { $0 == (.priorInitial, 2022, 17_400_000_000) })
  }

  // kokkai-h28's settlement list with a line of the prior year's settled amount: exported as
  // 平成27年度's initial budget.
  @Test func aPriorYearsSettlementIsNoInitialBudget() throws {
    let text = """
      2016(平成28)年度一般会計決算を読む その5
      決算–国会所管(2)
      国立国会図書館
        • 支出済歳出額: 189.7億円
        • 前年度支出済歳出額: 180億円

      """
    let found = try figuresOrNone(text, IdentityOverrides(organization: "kokkai"))
    #expect(!found.contains { $0.2 == 18_000_000_000 })
  }

  // `令和7年度当初予算の執行状況` over `法 務 省` and items: taken for the enacted budget's
  // document (the `当初` of a line above the title); `--phase` is asked for.
  @Test func anExecutionStatusNamesNoPhase() throws {
    let text = "令和7年度当初予算の執行状況\n法 務 省\n○人権擁護推進費 100億円(90億円)\n"
    #expect(throws: BudgetTransformError.self) { try transform(text) }
  }

  // `○予備費使用 100億円` in a supplementary budget's document: the use of the reserve fund
  // was exported as the supplementary budget; `○予備費 100億円` (the reserve appropriated)
  // is still read.
  @Test func theUseOfTheReserveIsNoSupplementaryBudget() throws {
    let head = "令和6年度補正予算(第1号)の概要\n法 務 省\n補正予算額 500億円\n"
    let used = amounts(try transform(head + "○予備費使用 100億円\n"))
    #expect(!used.contains { $0.2 == 10_000_000_000 })
    let reserve = amounts(try transform(head + "○予備費 100億円\n"))
    #expect(reserve.contains { $0 == (.budget, 2024, 10_000_000_000) })
  }
}
