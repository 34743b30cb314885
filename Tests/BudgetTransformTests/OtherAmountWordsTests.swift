import BudgetModel
import Testing

/// Amounts printed beside an item that are no budget of the organization's year (stop 18, 40
/// variants of an item line of homu-r7-gaisan-yokyu's kind; issue #20): each had been exported
/// as the request year's budget.
@Suite struct OtherAmountWordsTests {
  static let head = "令和7年度 法務省所管予算概算要求の概要\n\n○人権擁護推進費 100億円(90億円)\n"

  func others(_ line: String) throws -> [(Measure, Int, Int64)] {
    let found = amounts(try transform(Self.head + line + "\n", .init(organization: "homu")))
    #expect(found.contains { $0 == (.budget, 2025, 10_000_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 2024, 9_000_000_000) })
    return found.filter { $0.2 != 10_000_000_000 && $0.2 != 9_000_000_000 }
  }

  @Test(arguments: [
    " [地方負担 30億円]", " (参考)地方財政計画 3,000億円", " ○交付税措置 30億円", " ○税制改正要望 減収額 50億円",
    " 〔デジタル庁計上 20億円〕", " ○最大 50億円", " ○月額 3億円", " ○1人当たり 5億円",
    // kankyo-h11-hosei2-yobo line 8's wording (`科学技術庁に計上した分を含め約110億円`).
    " (デジタル庁に計上した分を含め約120億円)", " ○デジタル庁に計上 20億円",
  ])
  func anAmountOfAnotherKindIsNotExported(_ line: String) throws {
    #expect(try others(line).isEmpty)
  }

  // What stays read: the prior year's supplementary budget named in a note, a reserve fund.
  @Test func namedBudgetsAreStillRead() throws {
    let supplementary = try others(" (参考)令和6年度補正予算 30億円")
    #expect(supplementary.contains { $0 == (.priorSupplementary, 2024, 3_000_000_000) })
    let reserve = try others(" ○予備費 30億円")
    #expect(reserve.contains { $0 == (.budget, 2025, 3_000_000_000) })
    // Booked in the document's own organization's budget: its own.
    let own = try others(" ○法務省に計上 20億円")
    #expect(own.contains { $0 == (.budget, 2025, 2_000_000_000) })
  }
}
