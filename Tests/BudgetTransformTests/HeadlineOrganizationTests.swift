import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A document whose titles name no organization, but whose first headline total states whose
/// budget it is (blind set I, kankyo-h10-hosei3-juten; issue #20).
@Suite struct HeadlineOrganizationTests {
  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(mappings: Support.mappings, overrides: IdentityOverrides())
      .transform(extracted)
  }

  static let title = """
    1998年11月27日

    平成10年度第3次補正予算(案)における重点事項

    """

  @Test func theFirstHeadlineNamesWhoseBudgetItIs() throws {
    let doc = try transform(
      Self.title + """
        環境庁第3次補正予算(案)額 166.3億円
         ○ 非公共事業 119.1億円
         ○ 公共事業 47.2億円
        """)
    #expect(doc.info.organization.code == "kankyo")
    #expect(doc.info.fiscalYear == 1998)
    #expect(doc.info.phase.code == "supplementary-3")
  }

  @Test func aHeadlineNotStartingWithTheBudgetOfOneOrganizationIsNoIdentity() {
    // The name not followed by its budget: what the total is of is not certain.
    #expect(throws: (any Error).self) {
      try transform(Self.title + "環境庁関連の施策 166.3億円\n")
    }
    // Two organizations in the headlines: the document may be about either or both.
    #expect(throws: (any Error).self) {
      try transform(Self.title + "環境庁第3次補正予算(案)額 166.3億円\n農林水産省第3次補正予算(案)額 50億円\n")
    }
  }
}
