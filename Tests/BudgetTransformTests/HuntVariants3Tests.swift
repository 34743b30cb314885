import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures found by varying real fixture lines (branch hunt3; issue #20): each variant's
/// figure must be reported, or read with the year, measure and sign the document means.
@Suite struct HuntVariants3Tests {
  /// homu-r7-gaisan-yokyu's head (lines 1-3: a 概算要求 of 令和7年度, 一般会計 8,700億4千4百万円).
  static let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
  static let total: Int64 = 870_044_000_000

  func figures(_ lines: String) throws -> [(Measure, Int, Int64)] {
    let found = amounts(try transform(Self.head + lines + "\n"))
    #expect(found.contains { $0 == (.budget, 2025, Self.total) })
    return found.filter { $0.2 != Self.total }
  }

  /// kokudo-r2-kishocho-yosan-suii-web's year series (lines 10-13) under a caption of its own.
  static let series = """
    令和 2年度(2020年度) 594億9200万円
    平成31年度(2019年度) 607億6500万円
    平成30年度(2018年度) 568億0300万円
    平成29年度(2017年度) 574億0500万円
    """

  func seriesFigures(caption: String) throws -> [(Measure, Int, Int64)] {
    let text = "（ページ案内）\n◆\n気象庁関係予算の概要(予算総括表の単位は百万円)\n\(caption)\n\(Self.series)\n"
    let overrides = IdentityOverrides(organization: "kokudo", fiscalYear: 2020, phase: "enacted")
    // Every line reported: the document is refused, no figure exported.
    do { return amounts(try transform(text, overrides)) } catch BudgetTransformError
      .noFigureExported
    {
      return []
    }
  }

  // `前年度比 -639億円`: a hyphen or minus sign before the amount (only ▲ and + were read as
  // signs) was dropped with the label: a decrease exported as a positive change (+639億円),
  // `人権擁護推進費 -639億円` as a budget of 639億円.
  @Test(arguments: [
    "人権擁護推進費 8,061億円(前年度比 -639億円)", "人権擁護推進費 8,061億円 前年度比 -639億円",
    "人権擁護推進費 8,061億円(前年度比 －639億円)", "人権擁護推進費 8,061億円(対前年度増減 -639億円)",
    "人権擁護推進費 8,061億円(前年度比 - 639億円)", "人権擁護推進費 -639億円",
  ])
  func aMinusMarkBeforeAnAmountIsNoLabel(_ line: String) throws {
    let found = try figures(line)
    #expect(!found.contains { $0.2 == 63_900_000_000 })
  }

  // The same change proven by its rate keeps its reading (`ParenthesizedChange`), and a
  // leader of dashes is no sign.
  @Test func aMinusProvenByItsRateIsRead() throws {
    let found = try figures("人権擁護推進費 8,061億円(前年度比 -639億円、-7.3%)")
    #expect(found.contains { $0 == (.change, 2025, -63_900_000_000) })
    #expect(found.contains { $0 == (.budget, 2025, 806_100_000_000) })
    let leader = try figures("人権擁護推進費 ---- 8,061億円")
    #expect(leader.contains { $0 == (.budget, 2025, 806_100_000_000) })
  }

  // `平成31年度(2019年度) 607億6500万円 (前年度比 +39億円)` in 令和2年度's document: the
  // change of 平成31年度 from 平成30年度 was exported as 令和2年度's change.
  @Test func aChangeAfterAnotherYearsAmountIsReported() throws {
    let text = """
      令和2年度気象庁関係予算の概要
      平成31年度 607億円 (前年度比 +39億円)
      平成30年度 568億円(前年度比 ▲6億円)
      """
    let found = amounts(try transform(text, IdentityOverrides(organization: "kokudo")))
    #expect(found.contains { $0 == (.priorInitial, 2019, 60_700_000_000) })
    #expect(!found.contains { $0.0 == .change })
  }

  // A heading with no year naming a stage or the execution over a year series: the series
  // was exported as the budget, the prior year's and each year's initial budget.
  @Test(arguments: ["決算額の推移", "補正後予算額の推移", "概算要求額の推移", "執行額の推移", "予算現額の推移", "○執行額", "現行予算の推移"])
  func aSeriesUnderAHeadingOfAnotherMeasureIsReported(_ caption: String) throws {
    #expect(try seriesFigures(caption: caption).isEmpty)
  }

  // The series under a heading naming `当初` is still each year's initial budget.
  @Test func aSeriesUnderAnInitialHeadingIsRead() throws {
    let found = try seriesFigures(caption: "当初予算額の推移")
    #expect(found.contains { $0 == (.budget, 2020, 59_492_000_000) })
    #expect(found.contains { $0 == (.initial, 2018, 56_803_000_000) })
  }

  // Items under `決算額`, `予算現額`, `【補正後予算額】` in a 概算要求: exported as the
  // request year's budget.
  @Test(arguments: ["決算額", "○執行額", "予算現額", "【補正後予算額】"])
  func itemsUnderAHeadingOfAnotherMeasureAreReported(_ heading: String) throws {
    #expect(try figures("\(heading)\n人権擁護推進費 8,061億円").isEmpty)
  }

  // `8,700億円(870,044百万円)`: the amount restated in another unit in parentheses was
  // exported as the prior year's initial budget.
  @Test(arguments: [
    "人権擁護推進費 8,700億円(870,044百万円)", "人権擁護推進費 870,044百万円(8,700億円)",
    "人権擁護推進費 12億3,456万円(1,234,560千円)",
  ])
  func anAmountRestatedInAnotherUnitIsNoPrior(_ line: String) throws {
    #expect(!(try figures(line)).contains { $0.0 == .priorInitial })
  }

  // A prior in another unit that is another amount is still the prior year's.
  @Test func aPriorInAnotherUnitIsStillRead() throws {
    let found = try figures("人権擁護推進費 8,700億円(806,132百万円)")
    #expect(found.contains { $0 == (.priorInitial, 2024, 806_132_000_000) })
  }

  // `地方負担 200億円` (the local governments' share), `月額 870億円` (per month), `最大
  // 8,700億円` (a ceiling): exported as the budget.
  @Test(arguments: [
    "地方負担 200億円", "施設整備 都道府県負担 200億円", "人権擁護推進費 月額 870億円",
    "給付金 1人当たり 8万円", "人権擁護推進費 最大8,700億円", "人権擁護推進費 上限 100億円",
  ])
  func anAmountOfAnotherHolderOrABoundIsNoBudget(_ line: String) throws {
    #expect(try figures(line).isEmpty)
  }

  // A name holding such a word inside is still read (`最低賃金`).
  @Test func aNameWithABoundWordInsideIsRead() throws {
    let found = try figures("最低賃金引上げ支援 100億円")
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
  }

  // `令和6年 8,061億円`, `2024年`: a calendar year, no fiscal year (exported as the budget);
  // `令和7年度末`, `残高`: a stock; `令和6年度から`, `令和6年度以降`: from a year on (exported
  // as 令和6年度's initial budget); `(内数 900億円)`: a part of another figure.
  @Test(arguments: [
    "人権擁護推進費 令和6年 8,061億円", "人権擁護推進費 2024年 8,061億円", "人権擁護推進費 令和7年度末 8,700億円",
    "人権擁護推進費 残高 8,700億円", "人権擁護推進費 令和6年度から 100億円", "人権擁護推進費 令和6年度以降 100億円",
    "人権擁護推進費 8,700億円(内数 900億円)",
  ])
  func aCalendarYearAStockOrASpanIsNoBudget(_ line: String) throws {
    let found = try figures(line)
    #expect(!found.contains { $0.2 != 870_000_000_000 })
  }

  // `対前年度 639億円`, `(対前年度差額 639億円)`, `前年度差`, `(対前年度伸び額 …)`: the
  // difference was exported as the prior year's initial budget; `(増額 639億円)` as a budget.
  @Test(arguments: [
    "人権擁護推進費 8,700億円 対前年度 639億円", "人権擁護推進費 8,700億円(対前年度 639億円)",
    "人権擁護推進費 8,700億円 前年度差 639億円", "人権擁護推進費 8,700億円(対前年度差額 639億円)",
    "人権擁護推進費 8,700億円(対前年度伸び額 639億円)", "人権擁護推進費 8,700億円(増額 639億円)",
  ])
  func aDifferenceIsNoPriorOrBudget(_ line: String) throws {
    let found = try figures(line)
    #expect(found.contains { $0 == (.budget, 2025, 870_000_000_000) })
    #expect(found.allSatisfy { $0.2 != 63_900_000_000 || $0.0 == .change })
  }

  // `令和6年能登半島地震対応 100億円` (an item named for the 2024 earthquake): the 令和7年度
  // request was exported as 令和6年's budget (the figure took the name's calendar year).
  @Test(arguments: ["令和6年能登半島地震対応 100億円", "平成30年7月豪雨災害復旧 100億円"])
  func aCalendarYearInANameIsNotTheFiguresYear(_ line: String) throws {
    let found = try figures(line)
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(found.allSatisfy { $0.1 == 2025 })
  }
}
