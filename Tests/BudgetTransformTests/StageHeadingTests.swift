import BudgetModel
import Testing

/// A heading that names a stage and no year (`【補正予算】`, `○当初予算`) over items (the shape
/// branch hunt2 left, issue #20): in a 概算要求 the items had been exported as the request
/// year's budget, though which year's supplementary budget they are is not printed. The
/// items take the heading's stage: read where it is the document's own, reported elsewhere.
/// The head is homu-r7-gaisan-yokyu's (a 概算要求 of 令和7年度, 一般会計 8,700億4千4百万円).
@Suite struct StageHeadingTests {
  static let items = "人権擁護推進費 90億円\n施設整備費 100億円\n"

  @Test(arguments: ["【補正予算】", "補正予算", "○補正予算", "第2次補正予算", "補正予算(第1号)", "【当初予算】"])
  func itemsUnderAnotherStageAreReported(_ heading: String) throws {
    let text = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n\n\(heading)\n" + Self.items
    let found = amounts(try transform(text))
    #expect(found.contains { $0 == (.budget, 2025, 870_044_000_000) })
    #expect(!found.contains { $0.2 == 9_000_000_000 || $0.2 == 10_000_000_000 })
  }

  // In a supplementary budget's document the heading names the document's own stage.
  @Test func itemsUnderTheDocumentsOwnStageAreRead() throws {
    let found = amounts(try transform("令和6年度補正予算の概要\n法 務 省\n\n【補正予算】\n" + Self.items))
    #expect(found.contains { $0 == (.budget, 2024, 9_000_000_000) })
    #expect(found.contains { $0 == (.budget, 2024, 10_000_000_000) })
  }
}
