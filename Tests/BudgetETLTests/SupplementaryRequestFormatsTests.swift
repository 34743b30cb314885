import Foundation
import Testing

@testable import BudgetETL

/// A request for a supplementary budget (kankyo-h11-hosei2-yobo, 環境庁's
/// 「平成11年度第二次補正予算要望の概要」) says so in every format: its figures are measured
/// `request` (never `budget`, the enacted supplementary budget), its id ends in `-request`,
/// its titles name the request, and its stage is the supplementary budget asked for (issue #20).
@Suite struct SupplementaryRequestFormatsTests {
  static let id = "jp-kankyo-1999-supplementary-2-request"

  @Test func everyFormatSaysRequest() throws {
    let files = try OperationCharacterTests.export("kankyo-h11-hosei2-yobo")
    // observations.csv: line 7's 総額 105.6億円 is a request; no figure is the budget.
    let csv = try #require(files["observations.csv"])
    let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(!rows.isEmpty)
    #expect(rows.allSatisfy { $0[3] == "request" })
    #expect(rows.contains { $0[0].hasSuffix("/request") && $0.contains("10560000000") })
    // The wide tables' amount column is the stage's own budget: empty here.
    #expect(try #require(files["summary.csv"]).contains("10560000000") == false)
    // XML: the id, the stage and the measure.
    let xml = try #require(files["budget.xml"])
    #expect(xml.contains("id=\"\(Self.id)\""))
    #expect(xml.contains(">supplementary-2</phase>"))
    #expect(xml.contains("measure=\"request\""))
    #expect(!xml.contains("measure=\"budget\""))
    // JSON-LD: the figure-kind dimension, and the document's id.
    let jsonld = try #require(files["budget.jsonld"])
    #expect(jsonld.contains("\"figureKind\":\"request\""))
    #expect(!jsonld.contains("\"figureKind\":\"budget\""))
    #expect(jsonld.contains("\"budgetPhase\":\"supplementary-2\""))
    #expect(jsonld.contains(Self.id))
    // Titles: the catalog's and the page's.
    #expect(
      try #require(files["catalog.jsonld"]).contains(
        "budget (request for supplementary budget No. 2)"))
    #expect(try #require(files["manifest.json"]).contains("第2号補正予算要求"))
    let page = try #require(files["index.html"])
    #expect(page.contains("第2号補正予算要求"))
    #expect(page.contains("平成11年度 要求額"))
    #expect(page.contains("supplementary-2-request"))
  }

  /// A supplementary budget's own overview (kankyo-h10-hosei-an) is unchanged: `budget`.
  @Test func aSupplementaryBudgetIsNoRequest() throws {
    let files = try OperationCharacterTests.export("kankyo-h10-hosei-an")
    let xml = try #require(files["budget.xml"])
    #expect(!xml.contains("measure=\"request\""))
    #expect(!xml.contains("-request\""))
    #expect(!(try #require(files["index.html"])).contains("要求額"))
  }
}
