import BudgetETL
import BudgetLoad
import BudgetModel
import BudgetTestSupport
import BudgetTransform
import Foundation
import Testing

/// A document whose text prints no title (boei-r2-hakusho-kakkoku-kokubohi-csv: a CSV printed
/// on one line) still gets a page with a title: its organization, year and stage. An empty
/// `<title>` fails the Nu Html Checker (`make html-check`, issue #20's pages).
@Suite struct PageTitleTests {
  @Test func aDocumentWithoutATitleHasAPageTitle() throws {
    var options = Pipeline.Options()
    options.overrides = IdentityOverrides(organization: "boei", fiscalYear: 2020, phase: "enacted")
    let pipeline = try Pipeline(
      mappingsDirectory: FormatsSample.root.appendingPathComponent("Mappings"), options: options)
    let name = "boei-r2-hakusho-kakkoku-kokubohi-csv.txt"
    let url = FormatsSample.root.appendingPathComponent("Tests/Fixtures/RealWorld/\(name)")
    let extracted = try pipeline.extract(bytes: Array(try Data(contentsOf: url)), sourceName: name)
    let document = try pipeline.transform(extracted)
    #expect(document.info.title.isEmpty)
    var page = ""
    HTMLExporter.writePage(document, linksToSource: true, downloads: [], later: [], to: &page)
    #expect(page.contains("<title>防衛省 令和2年度 成立予算</title>"))
    #expect(!page.contains("<title></title>"))
    #expect(!page.contains("<h1></h1>"))
  }
}
