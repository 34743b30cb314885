import BudgetModel
import BudgetTransform
import Foundation
import Testing

@testable import BudgetETL

/// Schema 1.1 (issue #20): a table of several years carries each column with its own fiscal
/// year and stage, in every format — a year two back (`initial`), 決算額 (`settlement`) — and
/// never as the budget year or the prior year. Figures from 内閣府's 平成25年度 少子化社会対策
/// 関係予算 (rows of `Tests/Fixtures/RealWorld/naikakufu-h25-shoshika-yosan.txt`).
@Suite struct SeveralYearsTableTests {
  static let text = """
    平成25年度 少子化社会対策関係予算の概要
    (単位:百万円)
    区分 平成23年度予算額 平成24年度予算額 平成25年度予算額 平成23年度決算額
    社会生活に必要なことを学ぶ機会を 5,344 4,935 5,038 5,298
    安心して妊娠・出産できるように 26,263 11,276 11,615 25,709
    計 31,607 16,211 16,653 31,007
    """

  @Test func everyColumnKeepsItsYearAndStageInEveryFormat() throws {
    var pipeline = try Pipeline(
      mappingsDirectory: RealWorldFixtureTests.root.appendingPathComponent("Mappings"))
    pipeline.options.overrides = IdentityOverrides(organization: "naikakufu")
    let document = try pipeline.transform(bytes: Array(Self.text.utf8), sourceName: "t.txt")
    #expect(document.info.id == "jp-naikakufu-2013-enacted")
    let row = try #require(document.summary.first)
    func figure(_ measure: Measure) -> (Int, Int64?)? {
      row.figures.first { $0.measure == measure }.map { ($0.fiscalYear, $0.amountJPY) }
    }
    #expect(figure(.budget)! == (2013, 5_038_000_000))
    #expect(figure(.priorInitial)! == (2012, 4_935_000_000))
    #expect(figure(.initial)! == (2011, 5_344_000_000))
    #expect(figure(.settlement)! == (2011, 5_298_000_000))

    let files = try pipeline.export(document)
    func text(_ name: String) -> String {
      files.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }
    #expect(
      text("observations.csv").contains(
        "t1-r1/settlement-2011,t1-r1,summary,settlement,expenditure,2011,平成23年度,5298000000,"))
    #expect(
      text("observations.csv").contains(
        "t1-r1/initial-2011,t1-r1,summary,initial,expenditure,2011,平成23年度,5344000000,"))
    #expect(text("budget.jsonld").contains("\"@id\":\"obs/t1-r1/settlement-2011\""))
    #expect(text("budget.xml").contains("measure=\"settlement\""))
    #expect(text("budget.xml").contains("schemaVersion=\"1.3\""))
    // The page shows the other years' columns after A, B and C.
    #expect(text("index.html").contains("平成23年度 決算</th>"))
    #expect(text("index.html").contains("<data value=\"5298000000\">"))
  }
}
