import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures found by varying real fixture lines (branch hunt5; issue #20): each variant's
/// figure must be reported (or the document refused), and the real shape still read.
@Suite struct HuntVariants5Tests {
  /// Every figure of a document, or none when it is refused whole.
  func figuresOrNone(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
    -> [(Measure, Int, Int64)]
  {
    do { return amounts(try transform(text, overrides)) } catch is BudgetTransformError {
      return []
    }
  }

  // Header words that hold a stage word but name no budget of their year: the column was
  // read as that year's initial budget, settlement or request (`現計予算額` the budget in
  // force, `決算見込額` an estimate, `財投` the FILP plan, `事業費` the cost of the works,
  // `定員`/`件数` no money at all).
  @Test(arguments: [
    "令和6年度現計予算額 令和7年度予算額 増△減額", "令和6年度決算見込額 令和7年度予算額 増△減額",
    "令和6年度財投計画額 令和7年度財投要求額 増△減額", "令和6年度事業費 令和7年度事業費 増△減額",
    "令和6年度定員 令和7年度定員 増△減", "令和6年度件数 令和7年度件数 増減",
  ])
  func aColumnOfAnotherAmountIsNotABudget(_ header: String) throws {
    let found = try figuresOrNone(homuTable(header))
    #expect(!found.contains { $0.2 == 741_140_000_000 && $0.0 != .budget })
    #expect(!found.contains { $0.2 == 806_140_000_000 })
  }

  // The real headers are still read, a settled year's column as its settlement.
  @Test func budgetAndSettlementColumnsAreRead() throws {
    let found = amounts(try transform(homuTable("令和6年度予算額 令和7年度予算額 増△減額")))
    #expect(found.contains { $0 == (.priorInitial, 2024, 806_140_000_000) })
    #expect(found.contains { $0 == (.change, 2025, 64_124_000_000) })
    let settled = amounts(try transform(homuTable("令和6年度決算額 令和7年度予算額 増△減額")))
    #expect(settled.contains { $0 == (.settlement, 2024, 806_140_000_000) })
  }

  // `(単位:百万円)` over a header printing `(億円)` for one column: every column was read in
  // 百万円; `(人)` under `(単位:百万円)`: persons read as money.
  @Test(arguments: [
    ("令和6年度予算額(億円) 令和7年度予算額 増△減額", "(単位:百万円)\n"),
    ("令和6年度予算額(千円) 令和7年度予算額(千円) 増△減額(千円)", "(単位:百万円)\n"),
    ("令和6年度定員(人) 令和7年度要求(人) 増△減", "(単位:百万円)\n"),
  ])
  func aHeaderUnitAgainstTheStatementIsReported(_ header: String, _ unit: String) throws {
    let found = try figuresOrNone(homuTable(header, unit: unit))
    #expect(!found.contains { [870_264_000_000, 870_264_000, 870_264_000_000_000].contains($0.2) })
  }

  // The same unit in the header and the statement is still the table's.
  @Test func oneUnitInHeaderAndStatementIsRead() throws {
    let header = "令和6年度予算額(百万円) 令和7年度予算額(百万円) 増△減額(百万円)"
    let found = amounts(try transform(homuTable(header)))
    #expect(found.contains { $0 == (.budget, 2025, 870_264_000_000) })
  }

  /// kosei-r8-gaisan-ippan's stacked header (lines 1-20: one cell per line, 億円) with the
  /// prior column printed as `header`.
  func stacked(_ header: String) -> String {
    """
    令和8年度厚生労働省予算概算要求の主要事項
    一般会計
    区
    (単位︓億円)
    \(header)
    (A)
    令和8年度要求額
    (B)
    増△減額
    (B-A)
    分
    一 般 会 計
    343,064
    347,929
    4,865

    """
  }

  // `令和7年度補正予算額(A) … 増△減額(B-A)`: a change from the supplementary budget was
  // exported as the change from the prior year's initial budget.
  @Test func aChangeFromTheSupplementaryBudgetIsReported() throws {
    let found = try figuresOrNone(stacked("令和7年度補正予算額"))
    #expect(!found.contains { $0.0 == .change })
    let real = amounts(try transform(stacked("令和7年度予算額")))
    #expect(real.contains { $0 == (.change, 2026, 486_500_000_000) })
  }

  /// national-r6-oda-seifuan's table (lines 4-33: 億円, one cell per line, (A) (B) (C) and two
  /// changes) with the row label printed as `label`.
  func oda(_ label: String, _ cells: [String]) -> String {
    let header = "4年度\n(A)\n5年度\n(B)\n6年度\n(C)\n増 減\n(C-A)\n増 減\n(C-B)"
    return "内閣、デジタル、復興、外務・経済協力係関係予算\n◆\nODA\n(単位:億円)\n項\n目\n\(header)\n"
      + ([label, "当初"] + cells).joined(separator: "\n") + "\n"
  }

  // A row printing a unit of its own (`(百万円)` in a table of 億円, `(億ドル)`): its cells
  // were read in the table's 億円.
  @Test(arguments: [
    (
      "一般会計ODA予算(百万円)", ["561,200", "570,900", "565,000", "+3,800", "(+0.7%)", "▲5,900", "(▲1.0%)"]
    ),
    ("一般会計ODA予算(億ドル)", ["56", "57", "56", "0", "(+0.0%)", "▲1", "(▲1.0%)"]),
  ])
  func aRowOfAnotherUnitIsReported(_ label: String, _ cells: [String]) throws {
    let overrides = IdentityOverrides(organization: "national", fiscalYear: 2024, phase: "proposal")
    let found = try figuresOrNone(oda(label, cells), overrides)
    #expect(found.isEmpty)
    let real = try figuresOrNone(
      oda("一般会計ODA予算(億円)", ["5,612", "5,709", "5,650", "+38", "(+0.7%)", "▲60", "(▲1.0%)"]),
      overrides)
    #expect(real.contains { $0 == (.budget, 2024, 565_000_000_000) })
  }
}
