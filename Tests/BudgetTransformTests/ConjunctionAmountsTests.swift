import BudgetModel
import Testing

/// `100億円 及び 20億円` (the shape branch hunt2 left, issue #20): a conjunction alone between
/// two amounts names nothing the second is of, and both had been exported as the entry's
/// budget. The head is homu-r7-gaisan-yokyu's (a 概算要求 of 令和7年度, 一般会計
/// 8,700億4千4百万円).
@Suite struct ConjunctionAmountsTests {
  @Test(arguments: [
    "施設整備費 100億円 及び 20億円", "施設整備費 100億円並びに20億円", "施設整備費 100億円と20億円",
    "施設整備費 100億円、又は 20億円",
  ])
  func aConjunctionAloneLeavesTheLineUnread(_ line: String) throws {
    #expect(try amountsAfterHomuHead(line).isEmpty)
  }

  // The conjunction followed by the second entry's name: two entries, each its budget.
  @Test func aConjunctionBeforeALabelNamesTheEntry() throws {
    let found = try amountsAfterHomuHead("施設整備費 100億円及び運営費 20億円")
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(found.contains { $0 == (.budget, 2025, 2_000_000_000) })
  }
}
