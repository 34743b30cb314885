import BudgetModel

/// Labels of amount lines that name something other than a budget of one year and stage
/// (branch hunt: variants of fixture lines that exported a wrong figure).
extension SummaryBuilder {
  /// `令和6年度執行額 8,000億円`, `予算残額`, `不用額`, `実績額`, `見込額`: an amount of the
  /// execution of a budget, not the budget; `財政投融資 100億円` (the FILP plan) and
  /// `国庫債務負担行為 100億円` (an authority to contract for later years) are no
  /// appropriation of the year either. The schema has no measure for them here. Words of the
  /// amount only: `執行` alone is also a matter of law (`民事非訟(執行・保全・倒産等)`), and
  /// `支出済歳出額` is a settlement's own measure.
  /// `令和6年度補正予算と合わせて 1兆円`, `(2018年度補正予算を加え524.5億円)`, `15か月予算`,
  /// `累計`: budgets of several stages or
  /// years added together are none of them. `現行予算`, `現計予算` (the budget in force, as
  /// amended so far) name no year or stage the schema places, as a label or as the heading
  /// above the items.
  /// `(参考)地方財政計画 3,000億円`, `交付税措置`: what local governments are allotted;
  /// `税制改正要望 減収額 50億円`: revenue forgone (stop 18, item-line variants; shares, rates
  /// and bounds: `otherHolderWords`, `boundWords`).
  /// `(事業規模 5,000億円)`, `総事業費 800億円`: the scale or cost of the works, which includes
  /// what local governments and others pay, not the national expense (a table's `事業費`
  /// column is no measure either: extract's `FundingHeader`).
  /// `総額(契約ベース) 4兆8,764億円` (hunt6, a variant of boei-h16-hakusho-keihi): the contracts
  /// the year signs, paid over later years, not the year's spending (`歳出ベース`).
  static let otherAmountWords = [
    "執行額", "残額", "不用額", "実績額", "見込額", "財政投融資", "財投", "債務負担行為",
    "と合わせ", "と併せ", "とあわせ", "と一体で", "合算", "か月予算", "ヶ月予算", "カ月予算", "累計",
    "現行予算", "現計予算", "事業規模", "総事業費", "を加え", "補正予算を含め", "補正を含め",
    "地方財政計画", "地財計画", "交付税措置", "地方財政措置", "減収", "見込み", "融資枠",
    "融資規模", "貸付規模", "保証規模", "保証枠", "貸付枠", "出資枠", "予備費使用", "予備費の使用",
    "契約ベース",
  ]

  /// `人権擁護推進費 R6:90億円 R7:100億円`, `FY2024 90億円`: a year printed in a form the
  /// era reading does not place (an era's letter or `FY` with no `年度`) right before the
  /// amount; the heading's year was taken for it.
  func endsWithUnplacedYear(_ label: String) -> Bool {
    var text = Substring(label.filter { $0 != " " && $0 != "\u{3000}" })
    while let last = text.last, ":：)）".contains(last) { text = text.dropLast() }
    let digits = text.reversed().prefix { $0.isASCIIDigitCharacter }
    guard (1...4).contains(digits.count) else { return false }
    let head = text.dropLast(digits.count)
    guard ["FY", "R", "H", "S", "令", "平", "令和", "平成"].contains(where: head.hasSuffix) else {
      return false
    }
    return !eras.matches(in: String(text)).contains(where: \.isFiscalYear)
  }

  static func namesOtherAmount(_ label: String) -> Bool {
    otherAmountWords.contains(where: label.contains) || namesOtherHolderOrBound(label)
      || namesFiscalBalance(label) || namesRelativeTotal(label) || namesLoanFund(label)
  }

  /// `○財政融資資金 100億円` (hunt5 left it, hunt6): the fiscal loan fund lends what the FILP plan
  /// raises; only a transfer to its account (`財政融資資金特別会計へ繰入`) is the year's spending.
  static func namesLoanFund(_ label: String) -> Bool {
    label.contains("財政融資") && !label.contains("繰入")
  }

  /// `国と地方のプライマリーバランス ▲4.5兆円`, `基礎的財政収支 ▲8兆円`: a balance of revenue and
  /// spending, no appropriation (`基礎的財政収支対象経費`, the spending it counts, is one).
  static func namesFiscalBalance(_ label: String) -> Bool {
    label.contains("プライマリーバランス") || label.contains("プライマリー・バランス")
      || (label.contains("財政収支") && !label.contains("対象経費")) || namesAccountBalance(label)
  }

  /// `剰余金 897億円`, `歳入歳出差引 400億円`, `不足額 54億円`: an account's balance (歳入 − 歳出),
  /// neither a revenue nor a spending of the year (set R: keisan-h13's 剰余金 had been exported
  /// as a revenue settlement). A term of the accounts that receives or transfers one is a
  /// revenue or a spending (`前年度剰余金受入`, `剰余金繰入`).
  static func namesAccountBalance(_ label: String) -> Bool {
    let words = label.filter { !$0.isWhitespace }
    guard accountBalanceWords.contains(where: words.contains) else { return false }
    return !["受入", "受入れ", "受け入れ", "繰入", "繰入れ"].contains(where: words.hasSuffix)
  }

  /// Why a table's row is not exported whatever its columns say: a unit of its own, or an
  /// account's balance (`剰余金` under `13年度決算額`); nil for any other row.
  static func unexportedRow(_ label: String, tableUnit: String?) -> String? {
    if rowUnitDisagrees(label, tableUnit: tableUnit) {
      return "a row printing a unit of its own (not the table's)"
    }
    guard namesAccountBalance(label) else { return nil }
    return "an account's balance, neither a revenue nor a spending"
  }

  static let accountBalanceWords = ["剰余金", "歳入歳出差引", "収支差額", "不足額", "欠損金"]

  /// `〔デジタル庁計上 20億円〕`: an amount booked (`計上`) by an organization (`…庁`, `…省`,
  /// `…府`) other than the document's is in that organization's budget; `防衛省計上額` in
  /// 防衛省's document is its own (boei-h23-hosei3). `(科学技術庁に計上した分を含め約110億円)`
  /// (kankyo-h11-hosei2-yobo line 8) is the document's amount with another's added: none of
  /// the document's either.
  func namesOtherOrganizationsBooking(_ label: String) -> Bool {
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    let booked = ["庁計上", "省計上", "府計上", "庁に計上", "省に計上", "府に計上"]
    guard booked.contains(where: compact.contains) else { return false }
    return !compact.contains(info.organization.nameJa)
  }

  /// `2018 年度補正予算(説明文)追加歳出額(説明文)約9356億円` in 文部科学省's document (monka-h30-
  /// hosei-kyobun-news line 5 cut after its last amount: hunt5 left it, hunt6): the additional
  /// spending of the whole supplementary budget, or the government's as a whole, is no
  /// organization's budget; in the whole budget's document (`national`) it is.
  func namesWholeBudget(_ label: String) -> Bool {
    guard info.organization.code != "national" else { return false }
    let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
    return ["追加歳出", "政府全体", "国全体"].contains(where: compact.contains)
      && !compact.contains(info.organization.nameJa)
  }

  /// `道路整備 事業費 3,000億円`, `(事業費 900億円)`: `事業費` as a word of its own (the label
  /// itself, or after a space or an opening bracket) is the cost of the works; a budget
  /// item's name that ends in it (`公共事業費`, `生物多様性情報図作成事業費`) is the item.
  static let projectCost = "事業費"

  /// Called with the label as printed: spaces are what set the word apart.
  static func namesProjectCost(_ label: String) -> Bool {
    var text = Substring(label)
    while let last = text.last, " \u{3000}:：".contains(last) { text = text.dropLast() }
    guard text.hasSuffix(projectCost) else { return false }
    let before = text.dropLast(projectCost.count).last
    return before.map { " \u{3000}(（〔[【・".contains($0) } ?? true
  }

  /// `(前年度当初比 +639億円)`, `前年度当初予算比 ▲5億円`: an amount printed after `比` (against)
  /// is the difference from what the words name, not that year's amount.
  static func namesComparison(_ label: String) -> Bool {
    label.hasSuffix("比") || label.hasSuffix("比:") || label.hasSuffix("比：")
  }

  /// `昨年度 8,061億円`, `翌年度 …`: a word of a year the era reading does not place still
  /// names a year, so the heading above (the title's year) is not the amount's.
  /// A term of the accounts that starts with `前年度` (`前年度剰余金受入`) names no year.
  static func namesYearWord(_ text: String) -> Bool {
    let words = PriorYearWords.withoutAccountTerms(text)
    return words.contains("年度") || words.contains("昨年") || words.contains("前年")
  }
}
