import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures hunt6 found in the newest rules (issue #20): the side of the account
/// (`AccountSide`), settlement lists and bulleted accounts, white-paper sentences. Each
/// variant is a plausible rewording of the real line named in its comment.
@Suite struct HuntVariants6Tests {
  func figuresOrNone(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
    -> [Figure]
  {
    do {
      return try transform(text, overrides).summary.flatMap(\.figures)
    } catch is BudgetTransformError {
      return []
    }
  }

  /// A 財務省 予算(案) with a table of two items under a section heading (homu-r7's small table
  /// shape): the heading names revenue only when `歳入` is the side itself.
  func zaimuTable(_ section: String) -> String {
    "令和7年度予算(案)の概要\n財 務 省\n一般会計 1,000億円\n\(section)\n(単位:億円)\n"
      + "区分 令和6年度 令和7年度 増減\n国税庁の体制整備 90 100 10\n税関の体制整備 45 50 5\n計 135 150 15\n"
  }

  // `歳入` as the object of a policy (`歳入の確保`, `歳入面の取組`), or `歳入歳出外`: the 国税庁's
  // spending under such a heading was published as revenue.
  @Test(arguments: [
    "【歳入確保に向けた取組】", "1. 歳入の確保", "(2)適正・公平な課税・徴収(歳入の確保)", "Ⅱ 歳入面の取組",
    "歳入歳出外の取組",
  ])
  func aPolicyOnRevenueIsSpending(_ section: String) throws {
    let sides = try figuresOrNone(zaimuTable(section), IdentityOverrides(organization: "zaimu"))
      .map(\.operationCharacter)
    #expect(sides.count == 10)
    #expect(!sides.contains(.revenue))
  }

  // The side itself still puts its rows in force.
  @Test(arguments: ["【歳入】", "(歳入)", "○ 歳入"])
  func theSideStillNamesRevenue(_ section: String) throws {
    let figures = try figuresOrNone(zaimuTable(section), IdentityOverrides(organization: "zaimu"))
    #expect(figures.filter { $0.operationCharacter == .revenue }.count == 9)
  }

  /// national-r3-hosei1-frame-finance's frame as a table: the revenue rows under `歳入`, their
  /// total, then the spending rows under a word that is no `歳出` (`(支出)`, `(経費)`) or none.
  static func frame(_ spending: String) -> String {
    """
    令和7年度予算(案) 一般会計フレーム
    (単位:億円)
    区分 令和6年度予算 令和7年度予算 増減
    (歳入)
    税収 696,080 784,400 88,320
    その他収入 75,147 86,765 11,618
    公債金 350,490 286,490 △64,000
    計 1,121,717 1,157,655 35,938
    \(spending)
    社会保障関係費 377,193 382,778 5,585
    地方交付税交付金等 177,863 190,784 12,921
    国債費 270,090 282,179 12,089
    その他 296,571 301,914 5,343
    計 1,121,717 1,157,655 35,938

    """
  }

  // The spending rows after the revenue's total were published as revenue: a total closes the
  // rows a side put in force.
  @Test(arguments: ["(支出)", "(経費)", ""])
  func aTotalClosesTheRevenueRows(_ spending: String) throws {
    let document = try transform(Self.frame(spending), IdentityOverrides(organization: "national"))
    let revenue = document.summary.filter { $0.figures.first?.operationCharacter == .revenue }
    #expect(revenue.map(\.label).joined(separator: "|").hasSuffix("計"))
    #expect(revenue.count == 4)
    #expect(document.summary.contains { $0.label.hasSuffix("社会保障関係費") })
  }

  // A special account's table whose `歳入` line is joined to its first row (`歳入登記手数料`):
  // the side stays named, up to the revenue's total.
  @Test func aSideJoinedToItsFirstRowNamesIt() throws {
    let text =
      "令和7年度特別会計予算(案)の概要\n法 務 省\n登記特別会計\n(単位:百万円)\n区 分 令和6年度 令和7年度 増減\n"
      + "歳入\n登記手数料 100,000 110,000 10,000\n一般会計より受入 50,000 55,000 5,000\n"
      + "計 150,000 165,000 15,000\n歳出\n登記事務費 120,000 130,000 10,000\n予備費 30,000 35,000 5,000\n"
      + "計 150,000 165,000 15,000\n"
    let rows = try transform(text, IdentityOverrides(organization: "homu")).summary
    let sides = rows.map { $0.figures.first?.operationCharacter }
    #expect(sides == [.revenue, .revenue, .revenue, .expenditure, .expenditure, .expenditure])
  }

  // An item that works on revenue is spending (`歳入` followed by a policy's words).
  @Test(arguments: [
    "○歳入確保対策 100億円(90億円)", "○歳入庁の設置 100億円(90億円)", "○電子納税 100億円(90億円)",
    "○ふるさと納税 100億円(90億円)", "○定額減税 100億円(90億円)",
  ])
  func anItemOnRevenueIsSpending(_ line: String) throws {
    let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
    let figures = try transform(head + line + "\n").summary.flatMap(\.figures)
    #expect(figures.allSatisfy { $0.operationCharacter == .expenditure })
    #expect(figures.count == 3)
  }
}

/// The two item shapes hunt5 left (issue #20), after homu-r7-gaisan-yokyu's head.
@Suite struct HuntVariants6ItemTests {
  // `○人権擁護推進費 要求 80億円 要望 20億円`: the 要望 part was exported as the request of an
  // item named `要望`; a second amount named only by a kind of request is no entry.
  @Test(arguments: [
    "○人権擁護推進費 要求 80億円 要望 20億円", "○人権擁護推進費 要求80億円、要望20億円",
    "○人権擁護推進費 要求額 80億円 要望額 20億円", "○人権擁護推進費 80億円 重点要望 20億円",
    "○人権擁護推進費 通常要求 80億円 特別要求 20億円",
  ])
  func aRequestKindIsNoEntry(_ line: String) throws {
    let found = try amountsAfterHomuHead(line)
    #expect(!found.contains { $0.2 == 2_000_000_000 })
  }

  // `○財政融資資金 100億円`: the fund lends what the FILP plan raises; a transfer to its account
  // is spending and stays read.
  @Test func aLoanFundIsNoBudget() throws {
    #expect(try amountsAfterHomuHead("○財政融資資金 100億円").isEmpty)
    #expect(try amountsAfterHomuHead("○財政融資 100億円").isEmpty)
    let transfer = try amountsAfterHomuHead("○財政融資資金特別会計へ繰入 100億円")
    #expect(transfer.contains { $0 == (.budget, 2025, 10_000_000_000) })
  }

  // A second entry with its own name is still read (`100億円及び運営費 20億円`'s shape).
  @Test func aNamedSecondEntryIsRead() throws {
    let found = try amountsAfterHomuHead("○人権擁護推進費 80億円 要望枠事業 20億円")
    #expect(found.contains { $0.2 == 2_000_000_000 })
  }
}

/// homu-r7-gaisan-yokyu's small table (`homuTable`) with a row naming another stage or an
/// amount of the execution (issue #20, hunt6).
@Suite struct HuntVariants6RowTests {
  static func table(_ header: String, _ row: String) -> String {
    "令和7年度予算(案)の概要\n法 務 省\n(単位:百万円)\n区 分 \(header)\n"
      + "法務省所管 741,140 783,185 42,045\n\(row) 806,140 870,264 64,124\n"
  }

  // Under `…予算額` (the initial budget by default only) a row `補正後` was exported as
  // 令和6年度's initial budget and 令和7年度's; a row of the execution under any header.
  @Test(arguments: [
    ("令和6年度予算額 令和7年度予算額 増△減額", "補正後"), ("令和6年度予算額 令和7年度予算額 増△減額", "当初+補正"),
    ("令和6年度予算額 令和7年度予算額 増△減額", "法務省所管(決算)"), ("令和6年度 令和7年度 増減", "法務省所管(執行額)"),
    ("令和6年度予算額 令和7年度予算額 増△減額", "法務省所管(執行額)"),
  ])
  func aRowOfAnotherAmountIsReported(_ header: String, _ row: String) throws {
    let figures = try transform(Self.table(header, row)).summary.flatMap(\.figures)
    #expect(
      !figures.contains { $0.amountJPY == 806_140_000_000 || $0.amountJPY == 870_264_000_000 })
    #expect(figures.contains { $0.measure == .budget && $0.amountJPY == 783_185_000_000 })
    if row.contains("執行額") { #expect(!figures.contains { $0.amountJPY == 64_124_000_000 }) }
  }
}

/// monka-h30-hosei-kyobun-news line 5 cut right after its last amount (hunt5 left it): the
/// whole supplementary budget's additional spending was exported as 文部科学省's.
@Suite struct HuntVariants6WholeBudgetTests {
  @Test(arguments: [
    "2018 年度補正予算（説明文）追加歳出額（説明文）約9356億円（説明文）文科省関連の補正予算額（説明文）約1326億円",
    "2018 年度補正予算（説明文）追加歳出額（説明文）約9356億円", "2018 年度補正予算の追加歳出額は約9356億円",
    "2018 年度補正予算（説明文）政府全体の追加歳出額（説明文）約9356億円（説明文）文科省関連の補正予算額（説明文）約1326億円",
  ])
  func theWholeBudgetIsNoMinistrys(_ line: String) throws {
    let text = "補正予算が参院で成立 文科省関連は1326億円\n\n文科省関連の18年度補正予算内訳\n\n\(line)\n"
    let overrides = IdentityOverrides(
      organization: "monka", fiscalYear: 2018, phase: "supplementary")
    let yen = try transform(text, overrides).summary.flatMap(\.figures).compactMap(\.amountJPY)
    #expect(!yen.contains(935_600_000_000))
    #expect(yen.contains(132_600_000_000))
  }
}
