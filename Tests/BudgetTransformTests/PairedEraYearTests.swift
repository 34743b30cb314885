import BudgetExtract
import BudgetModel
import Testing

@testable import BudgetTransform

/// A Western year with its era year in parentheses (`2016(平成28)年度一般会計決算を読む その5`,
/// kokkai-h28-kessan-ndl-blog line 5; issue #20): the year, certain when both name the same.
@Suite struct PairedEraYearTests {
  static let identifier = DocumentIdentifier(
    mappings: Support.mappings, eras: EraCalendar(eras: Support.mappings.eras))

  @Test func bothAgreeingTheYearIsRead() {
    let text = Self.identifier.withPairedEraYear("2016(平成28)年度一般会計決算を読む その5")
    #expect(text == "平成28年度一般会計決算を読むその5")
    #expect(Self.identifier.eras.matches(in: text).first?.year == 2016)
    #expect(Self.identifier.withPairedEraYear("2019(令和元)年度 予算") == "令和元年度予算")
  }

  @Test(arguments: [
    "2016(平成27)年度一般会計決算", "2016(28)年度決算", "2016(平成28年)度決算", "12016(平成28)年度",
  ])
  func disagreeingOrOtherwisePrintedIsLeft(_ text: String) {
    #expect(Self.identifier.withPairedEraYear(text) == text)
  }

  // The line is text (a year, no figure): the extract keeps it as a title, not a report.
  @Test func theLineIsATitleNotAFigure() {
    let extracted = Extractor().extract(
      text: "2016(平成28)年度一般会計決算を読む その5\n", sourceName: "t.txt")
    #expect(extracted.titles.map(\.text) == ["2016(平成28)年度一般会計決算を読む その5"])
    #expect(extracted.diagnostics.isEmpty)
  }
}
