import BudgetModel
import BudgetTransform
import Testing

/// A unit statement in a form the reader does not know, `(単位:10億円)` (a multiple of a unit,
/// as some statistics print), over kosei-h20-gaisan-sokatsu's 総括表 (lines 1-21; issue #20): the
/// statement had been read as an amount line labelled `単位`, 10億円 exported as the budget;
/// the table states no unit the reader knows and is reported.
@Suite struct UnitMultipleTests {
  static let table =
    "平成20年度 厚生労働省予算概算要求総括表\n\n【一般会計】\nUNIT\n区分 平成19年度\n予算額\n(A)\n"
    + "平成20年度\n要求・要望額\n(B)\n増△減額\n\n(B)−(A)\n一般会計 214,769 221,604 6,835\n"
    + "・年金・医療等に係る経費 201,910 206,123 4,214\n・公共事業関係費(水道) 770 930 159\n"
    + "・その他経費 6,730 8,587 1,856\n"
  static let overrides = IdentityOverrides(organization: "kosei")

  @Test(arguments: ["(単位:10億円)", "(単位:千万円)", "単位 10億円"])
  func anUnknownMultipleIsNoAmount(_ statement: String) {
    let text = Self.table.replacingOccurrences(of: "UNIT", with: statement)
    #expect(throws: BudgetTransformError.self) { try transform(text, Self.overrides) }
  }

  // The statement the reader knows gives the table's exact yen (the fixture's own reading).
  @Test func aKnownUnitReadsTheTable() throws {
    let text = Self.table.replacingOccurrences(of: "UNIT", with: "(単位:億円)")
    let found = amounts(try transform(text, Self.overrides))
    #expect(found.contains { $0 == (.budget, 2008, 22_160_400_000_000) })
  }
}
