import BudgetModel
import Testing

@testable import BudgetTransform

/// The overview list against the detail sections, on the sample's real headings.
@Suite("OverviewDetailCheck")
struct OverviewDetailCheckTests {
  static let rows: [CheckRow] = [
    CheckRow(name: "the sample as printed: both lists agree", findings: []),
    CheckRow(
      name: "item 1 listed as 199,271.1億円 against 199,270.1 in its section (line 197)",
      edits: [45: "1. 地方の一般財源総額の確保等\t199,271.1億円"],
      findings: [
        .init(
          .overviewDetailMismatch, "c1-1", expected: 19_927_110_000_000,
          actual: 19_927_010_000_000, line: 45)
      ]),
    CheckRow(
      name: "sub-item 1.(1) listed as 197,990.6 億円 against 197,990.5 (line 199)",
      edits: [46: "(1) 地方の一般財源総額の確保\t197,990.6 億円"],
      findings: [
        .init(
          .overviewDetailMismatch, "c1-1-1", expected: 19_799_060_000_000,
          actual: 19_799_050_000_000, line: 46)
      ]),
    CheckRow(
      name: "item 8 listed as 17.9億円 against 17.8 億円 in its section",
      edits: [80: "8. 誰一人取り残さないための取組\t17.9億円"],
      findings: [
        .init(
          .overviewDetailMismatch, "c2-8", expected: 1_790_000_000, actual: 1_780_000_000,
          line: 80)
      ]),
  ]

  @Test(arguments: rows) func reports(_ row: CheckRow) throws {
    let actual = try row.actual(OverviewDetailCheck().codes)
    #expect(actual == row.findings, "reported: \(actual)")
  }
}
