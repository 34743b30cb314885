import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A title naming its organization by an alias with a stage word before `予算` (`3年度
/// 農林水産関係補正予算の主な内容`, norin-r3-hosei-ja line 7; issue #20): the alias
/// `農林水産関係予算` names it; a stage word elsewhere names no organization.
@Suite struct StageAliasTests {
  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(
      mappings: Support.mappings, overrides: IdentityOverrides(fiscalYear: 2021)
    )
    .transform(extracted)
  }

  static let page = """
    3年度 農林水産関係補正予算の主な内容 |
    総額8,795億円 |
    水田リノベーション事業 （説明文） |
    420億円 |
    """

  @Test func aStageWordBeforeYosanKeepsTheAlias() throws {
    let doc = try transform(Self.page)
    #expect(doc.info.organization.code == "norin")
    #expect(doc.info.phase.code == "supplementary")
  }

  @Test func theStageWordAloneNamesNoOrganization() {
    #expect(throws: (any Error).self) {
      try transform(Self.page.replacingOccurrences(of: "農林水産関係補正予算", with: "関係補正予算"))
    }
  }
}
