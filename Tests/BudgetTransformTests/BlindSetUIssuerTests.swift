import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A theme's budget of every ministry compiled by one office (内閣官房 国土強靱化推進室,
/// national-r2-kyojinka-yosan-an lines 19-53; blind set U, issue #20): the office's line names
/// who wrote the document, not whose budget it is, so the organization is asked for.
@Suite struct BlindSetUIssuerTests {
  func transform(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
    -> BudgetDocument
  {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
  }

  static let page =
    [
      "令和2年度", "国土強靱化関係予算案の概要", "令和2年1月", "内閣官房 国土強靱化推進室",
      "1.令和2年度国土強靱化関係予算案のポイント", "",
      "令和2年度当初予算案 (参考)前年度当初予算 (参考)対前年度比", "",
      "国土強靱化関係予算(3か年緊急対策を除く)", "", "40,574", "", "(うち公共事業関係費)", "",
      "34,535", "", "39,519", "", "(うち公共事業関係費)", "", "34,090", "", "1.03", "",
      "(国費、単位:億円)",
    ].joined(separator: "\n") + "\n"

  @Test func anOfficeOfTheIssuerIsNotWhoseBudgetItIs() throws {
    #expect(throws: (any Error).self) { try transform(Self.page) }
    let doc = try transform(Self.page, IdentityOverrides(organization: "national"))
    #expect(doc.info.id == "jp-national-2020-proposal")
  }

  // The title naming the ministry's own budget (no theme), or a line that is no office's name
  // (`内閣官房の国土強靱化関係予算`): the organization is read as before.
  @Test func aMinistrysOwnBudgetOrAnotherLineKeepsItsOrganization() throws {
    let own = Self.page.replacingOccurrences(of: "国土強靱化関係予算案の概要", with: "内閣官房予算案の概要")
    #expect(try transform(own).info.organization.code == "naikaku")
    let identifier = Self.page.replacingOccurrences(
      of: "内閣官房 国土強靱化推進室", with: "内閣官房 国土強靱化関係予算推進室")
    #expect(try transform(identifier).info.organization.code == "naikaku")
  }
}
