import BudgetModel
import Testing

@testable import BudgetTransform

/// Which side of the account a figure is on: revenue only where the document says so.
@Suite struct AccountSideTests {
  @Test(arguments: [
    // national-r3-hosei1-frame-finance line 1: the 歳入 half of a 補正後 frame.
    "[歳入](歳入)税収", "公債金(歳出と税収等との差額)", "その他収入", "建設公債", "(1)建設公債",
    "前年度剰余金受入", "税外収入",
    // fukko-h28-fukkotokkai-kessan-sainyu-blog lines 21-32: a special account's 歳入.
    "うち復興特別所得税", "一般会計より受入", "復興公債金", "公共事業費負担金収入", "雑収入",
    // a settlement account's revenue side; national-h29-sozei-setsumei's taxes.
    "収納済歳入額", "●収納済歳入額", "消費税", "関税", "収入印紙", "租税及印紙収入",
  ])
  func revenueLabels(_ label: String) {
    #expect(AccountSide.side(ofLabel: label) == .revenue, "\(label)")
  }

  @Test(arguments: [
    // spending that names a revenue's word: an insurance scheme, grants paid out of taxes.
    "収入保険制度の実施", "地方交付税", "総務省所管計上額 (地方交付税)", "地方揮発油譲与税",
    "外国人材の受入", "[歳出](歳出)一般歳出", "支出済歳出額", "国債整理基金特別会計へ繰入",
    // both sides at once decide nothing.
    "歳入歳出決算",
  ])
  func labelsThatAreNotRevenue(_ label: String) {
    #expect(AccountSide.side(ofLabel: label) != .revenue, "\(label)")
  }

  static func row(_ id: String, _ label: String, section: String = "") -> SummaryEntry {
    let figure = Figure(
      measure: .budget, fiscalYear: 2021, fiscalYearLabel: "3年度", amountJPY: 1,
      countsTowardTotal: true, marker: nil, line: 1)
    let kind: SummaryEntry.Kind = id.hasPrefix("h") ? .headline : .tableRow
    return SummaryEntry(
      id: id, kind: kind, section: 1, sectionTitle: section, label: label, figures: [figure],
      changeRatePercent: nil, span: SourceSpan(line: 1))
  }

  /// national-r3-hosei1's frame: the rows after `[歳入]` are revenue up to the table's end
  /// (`債務償還費相当分` is the part of 公債金 that pays the debt, not the debt service itself);
  /// the next table starts with no side; a headline takes its own label's or its section's.
  @Test func rowsFollowTheSideTheTableNames() {
    let entries = [
      Self.row("t1-r1", "[歳出](歳出)一般歳出"), Self.row("t1-r2", "うち債務償還費(交付国債分を除く)"),
      Self.row("t1-r3", "計"), Self.row("t1-r4", "[歳入](歳入)税収"),
      Self.row("t1-r5", "公債金(歳出と税収等との差額)"), Self.row("t1-r6", "債務償還費相当分(交付国債分を除く)"),
      Self.row("t1-r7", "計"), Self.row("t2-r1", "計"),
      Self.row("t3-r1", "雑収入", section: "(1)歳入"),
      Self.row("t3-r2", "文部科学省主管合計", section: "(1)歳入"),
      Self.row("t4-r1", "文部科学本省", section: "(2)歳出"), Self.row("h1", "税収"),
      Self.row("h2", "合計"),
    ]
    let sides = AccountSide.assign(entries).map { $0.figures[0].operationCharacter }
    let r = OperationCharacter.revenue
    let e = OperationCharacter.expenditure
    #expect(sides == [e, e, e, r, r, r, r, e, r, r, e, r, e])
  }
}
