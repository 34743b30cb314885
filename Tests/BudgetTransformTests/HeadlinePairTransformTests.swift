import BudgetExtract
import BudgetModel
import Testing

@testable import BudgetTransform

/// gaimu-h29-gaisan-yokyu lines 55-62 (issue #20): the headline pair's figures take the year
/// and stage of their lines, and its change is the document's only when the later line names
/// the document's own year and stage.
@Suite struct HeadlinePairTransformTests {
  func amounts(_ text: String, _ overrides: IdentityOverrides) throws -> [(Measure, Int, Int64)] {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    let document = try Transformer(mappings: Support.mappings, overrides: overrides).transform(
      extracted)
    return document.summary.flatMap(\.figures).compactMap { f in
      f.amountJPY.map { (f.measure, f.fiscalYear, $0) }
    }
  }

  static let text = """
    平成29年度外務省所管予算概算要求の概要
    平成28年度当初予算
    7,140億円
    (うちODA 4,342億円)
    平成29年度概算要求
    7,730億円
    (+590億円,+8.3%)
    (うちODA 4,903億円)(+561億円,+12.9%)
    """

  @Test func theRequestsPairInItsOwnDocument() throws {
    let figures = try amounts(Self.text, IdentityOverrides(organization: "gaimu"))
    for expected: (Measure, Int, Int64) in [
      (.budget, 2017, 773_000_000_000), (.priorInitial, 2016, 714_000_000_000),
      (.change, 2017, 59_000_000_000), (.budget, 2017, 490_300_000_000),
      (.priorInitial, 2016, 434_200_000_000), (.change, 2017, 56_100_000_000),
    ] {
      #expect(figures.contains { $0 == expected })
    }
  }

  // Read in a 平成30年度 document, the pair is another year's: neither its amounts nor its
  // changes are taken for the document's, so nothing is exported and the text is refused.
  @Test func anotherYearsPairIsNotTheDocuments() {
    #expect(throws: (any Error).self) {
      try amounts(
        Self.text, IdentityOverrides(organization: "gaimu", fiscalYear: 2018, phase: "request"))
    }
  }
}
