import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures found by varying real fixture lines the way another ministry or a mirror
/// prints them (branch hunt; issue #20). The head is homu-r7-gaisan-yokyu's (lines 1-3: a
/// 概算要求 of 令和7年度, 一般会計 8,700億4千4百万円); each variant's line follows it, and its
/// figure must be reported, or read with the year and measure the document means.
@Suite struct HuntVariantsTests {
  static let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
  static let total: Int64 = 870_044_000_000

  func figures(_ line: String) throws -> [(Measure, Int, Int64)] {
    let found = amounts(try transform(Self.head + line + "\n"))
    #expect(found.contains { $0 == (.budget, 2025, Self.total) })
    return found.filter { $0.2 != Self.total }
  }

  // Parentheses holding an amount with a stage word were a mark of the year and stage of the
  // amount before (`(29補正)`): 8,061億円 was exported as 令和6年度's supplementary budget.
  @Test func parenthesesWithAnAmountAreNoStageMark() throws {
    let found = amounts(try transform(Self.head + "人権擁護推進費 8,061億円(令和6年度補正予算 500億円)\n"))
    #expect(!found.contains { $0.2 == 806_100_000_000 && $0.0 != .budget })
    #expect(!found.contains { $0.2 == 50_000_000_000 })
  }

  // `(前年度当初比 +639億円)`: the difference from the prior year's initial budget, which was
  // exported first as the amount's own measure and then (label `前年度当初比`) as 令和6年度's
  // initial budget.
  @Test func anAmountAfterAComparisonWordIsAChange() throws {
    let found = try figures("人権擁護推進費 8,061億円(前年度当初比 +639億円)")
    #expect(found.contains { $0 == (.budget, 2025, 806_100_000_000) })
    #expect(!found.contains { $0.0 == .priorInitial })
    #expect(found.allSatisfy { $0.2 != 63_900_000_000 || $0.0 == .change })
  }

  // `639億円増 8,700億円`: the first amount is a change (its `増` was read as the next
  // amount's label), exported as the budget.
  @Test(arguments: ["一般会計 639億円増 8,700億円", "一般会計 39億円の減、8,700億円"])
  func anAmountFollowedByAChangeWordIsNotTheBudget(_ line: String) throws {
    let found = try figures(line.replacingOccurrences(of: "一般会計", with: "人権擁護推進費"))
    #expect(
      !found.contains { $0.2 == 63_900_000_000 || $0.2 == 3_900_000_000 || $0.2 == -3_900_000_000 })
  }

  // A range is no one amount: `100～120億円` exported 120億円 as the budget.
  @Test(arguments: ["施設整備費 100～120億円", "施設整備費 100億円～120億円", "施設整備費 100億円から120億円"])
  func aRangeIsNotRead(_ line: String) throws {
    let found = try figures(line)
    #expect(!found.contains { $0.2 == 12_000_000_000 })
  }

  // A total over several years is not the year's budget; a programme named by its years is.
  @Test func aTotalOverSeveralYearsIsNotRead() throws {
    #expect(try figures("施設整備費 5か年で 1,000億円").isEmpty)
    #expect(try figures("施設整備費 100億円(2年度分)").isEmpty)
    #expect(try figures("施設整備費 3年間の総額 300億円").isEmpty)
    let named = try figures("防災・減災、国土強靱化のための3か年緊急対策 508億円")
    #expect(named.contains { $0 == (.budget, 2025, 50_800_000_000) })
  }

  // `昨年度 8,061億円`: a year word the era reading does not place; the title's year was
  // taken for it (exported as 令和7年度's budget).
  @Test(arguments: ["人権擁護推進費 今年度 8,700億円 昨年度 8,061億円", "人権擁護推進費 昨年度 8,061億円"])
  func aYearWordIsNotTheHeadingsYear(_ line: String) throws {
    let found = try figures(line)
    #expect(!found.contains { $0.2 == 806_100_000_000 && $0.1 == 2025 })
  }

  // `令和6年度執行額`, `予算残額`: an amount of the execution, not the prior year's budget.
  // `財政投融資`, `国庫債務負担行為`: the FILP plan and an authority to contract for later
  // years, no appropriation of the year (exported as the budget).
  @Test(arguments: [
    "令和6年度執行額 8,000億円", "令和6年度予算残額 800億円", "令和6年度不用額 80億円", "執行額 8,000億円",
    "財政投融資 100億円", "施設整備費 国庫債務負担行為 100億円",
  ])
  func anAmountOfTheExecutionIsNotABudget(_ line: String) throws {
    #expect(try figures(line).isEmpty)
  }

  // `(前年度当初+補正 190億円)`: the prior year's initial and supplementary budgets together,
  // exported as its supplementary budget alone.
  @Test func aPriorOfTwoStagesIsNeithers() throws {
    let found = try figures("人権擁護推進費 100億円(前年度当初+補正 190億円)")
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(!found.contains { $0.2 == 19_000_000_000 })
  }

  // kosei-h20-gaisan-sokatsu's 総括表 with its prior column printed as `平成19年度執行額`: the
  // execution was exported as 平成19年度's initial budget.
  @Test func anExecutionColumnIsNotThePriorYearsBudget() throws {
    let text = """
      平成20年度 厚生労働省予算概算要求総括表
      一般会計 22兆1,604億円
      (単位:億円)
      区分 平成19年度執行額 平成20年度要求額 増△減額
      一般会計 214,769 221,604 6,835
      ・年金・医療等に係る経費 201,910 206,123 4,213
      ・その他経費 12,859 15,481 2,622
      """
    let found = amounts(try transform(text))
    #expect(found.contains { $0 == (.budget, 2008, 22_160_400_000_000) })
    #expect(!found.contains { $0.0 == .priorInitial || $0.1 == 2007 })
  }

  // kankyo-h14-yosan-an-gaiyo line 5 with a converter's space after each thousands comma:
  // `2, 644億円(2, 770億円)` exported 644億円 as the budget and 2億円 as the prior year's.
  @Test(arguments: ["予算(案)合計 2, 644億円(2, 770億円)", "予算合計 2,644億円(2, 770億円)", "予算合計 2, 644億円"])
  func aNumberSplitAfterItsCommaIsNotRead(_ line: String) throws {
    let text = "○平成14年度環境省予算(案)の概要\n非公共 1,234億円\n\(line)\n"
    let found = amounts(try transform(text, IdentityOverrides(organization: "kankyo")))
    #expect(found.contains { $0 == (.budget, 2002, 123_400_000_000) })
    #expect(found.count == 1)
  }

  // A range of years in the label: `令和6～7年度 300億円` exported as 令和7年度's budget.
  @Test func aRangeOfYearsInTheLabelIsNotRead() throws {
    #expect(try figures("人権擁護推進費 令和6～7年度 300億円").isEmpty)
  }

  // Budgets added together: `令和6年度補正予算と合わせて 1兆円` exported as 令和6年度's
  // supplementary budget, `15か月予算` and `累計` as the year's.
  @Test(arguments: [
    "令和6年度補正予算と合わせて 1兆円", "人権擁護推進費 令和6年度補正予算と一体で 300億円",
    "人権擁護推進費 15か月予算 300億円", "人権擁護推進費 累計 300億円",
  ])
  func budgetsAddedTogetherAreNotRead(_ line: String) throws {
    #expect(try figures(line).isEmpty)
  }

  // `R6:90億円 R7:100億円`, `FY2024 90億円`: a year the era reading does not place, right
  // before the amount; 90億円 was exported as 令和7年度's budget (the title's year).
  // Also in parentheses, before the amount (`人権擁護推進費(R6) 90億円`) or after it
  // (`90億円(R6)`, `(R6年度)`, `(2024年度)`: dropped with the line's tail).
  @Test(arguments: [
    "人権擁護推進費 R6:90億円 R7:100億円", "人権擁護推進費 FY2024 90億円 FY2025 100億円",
    "人権擁護推進費(R6) 90億円", "人権擁護推進費 90億円(R6)", "人権擁護推進費 90億円(R6年度)",
    "人権擁護推進費 90億円(2024年度)",
  ])
  func aYearOfNoPlacedFormIsNotTheHeadingsYear(_ line: String) throws {
    #expect(try figures(line).isEmpty)
  }

  // `100億円 ほか 20億円`, `総事業費 300億円のうち 100億円`: the second amount is another
  // amount or a part of the first; both were exported as budgets of the entry.
  @Test(arguments: [
    "人権擁護推進費 100億円 ほか 20億円", "人権擁護推進費 総事業費 300億円のうち 100億円",
    "人権擁護推進費 300億円、うち 100億円", "人権擁護推進費 100億円のほか、20億円",
    "人権擁護推進費 100億円に加え 20億円", "人権擁護推進費 100億円 内 20億円", "人権擁護推進費 100億円 等 20億円",
  ])
  func anAmountAfterAPartWordIsNotRead(_ line: String) throws {
    #expect(try figures(line).isEmpty)
  }

  // `現行予算` (the budget in force) as a heading or a label: no year the document places; the
  // items under it were exported as 令和7年度's budget (the title's).
  @Test(arguments: ["現行予算\n○人権擁護推進費 100億円", "○人権擁護推進費 現行予算 100億円"])
  func theBudgetInForceIsNotTheBudgetYears(_ lines: String) throws {
    #expect(try figures(lines).isEmpty)
  }

  // A stage heading whose year has no `年度` (`R6補正予算`, `令和6補正`): the items under it
  // were exported as 令和7年度's budget (the title's year and stage); read in full, they are
  // 令和6年度's supplementary budget; `R5当初`, `R7当初` name no measure of a 令和7年度 request.
  @Test(arguments: ["R6補正予算", "令和6補正", "【R6補正予算】", "■R6補正予算", "1. R6補正予算", "(1) R6補正予算"])
  func aStageHeadingWithABareYearIsItsYears(_ heading: String) throws {
    let found = try figures(heading + "\n○人権擁護推進費 100億円")
    #expect(found.map { "\($0.0) \($0.1) \($0.2)" } == ["priorSupplementary 2024 10000000000"])
  }

  @Test(arguments: ["R5当初", "R7当初", "平5当初"])
  func anInitialHeadingOfNoMeasureIsReported(_ heading: String) throws {
    #expect(try figures(heading + "\n○人権擁護推進費 100億円").isEmpty)
  }

  // soumu-h30-shobo-yosan-an lines 1-3 and 19-22: `H30当初` under the title's 平成30年度予算(案)
  // names the initial budget of the title's year; its items stay the budget.
  @Test func theTitlesOwnInitialBudgetStaysTheBudget() throws {
    let text = """
      平成30年度消防庁予算(案)
      平 成 2 9 年 1 2 月
      消 防 庁
      H30当初
      ・自主防災組織等のリーダー育成・連携促進支援事業 0.5億円
      """
    let found = amounts(try transform(text, IdentityOverrides(organization: "soumu")))
    #expect(found.contains { $0 == (.budget, 2018, 50_000_000) })
  }

  // A note after a list naming another year and stage (`(以上、令和6年度補正予算)`): the items
  // above were exported as 令和7年度's budget; they are reported (the headline stays), and a
  // note naming the document's own year and stage keeps them.
  @Test(arguments: ["(以上、令和6年度補正予算)", "以上、R6補正予算", "※以上、令和6年度補正予算", "【以上、令和6年度補正予算】"])
  func aClosingNoteOfAnotherStageReportsTheList(_ note: String) throws {
    #expect(try figures("○人権擁護推進費 100億円\n○施設整備費 50億円\n" + note).isEmpty)
  }

  @Test func aClosingNoteOfTheDocumentsStageKeepsTheList() throws {
    let found = try figures("○人権擁護推進費 100億円\n○施設整備費 50億円\n(以上、令和7年度概算要求)")
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(found.contains { $0 == (.budget, 2025, 5_000_000_000) })
  }
}
