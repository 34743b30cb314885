import BudgetModel
import Testing

@testable import BudgetTransform

/// Headings of the overview list without a detail section: the sample cut short.
@Suite("MissingDetailCheck")
struct MissingDetailCheckTests {
  static let rows: [CheckRow] = [
    // Item 18's heading is missing from the detail sections, but the hierarchy reports that
    // (missing_heading); it is not reported twice.
    CheckRow(name: "the sample as printed: every heading has its section", findings: []),
    CheckRow(
      name: "cut before item 19's section (line 1328): 19. and its 19.(1) 政党交付金 are missing",
      cutAfter: 1327,
      findings: [
        .init(.missingDetail, "c5-19", line: 186), .init(.missingDetail, "c5-19-1", line: 192),
      ]),
    // Item 18 has no heading in the detail sections: cut before them, it is reported here.
    CheckRow(
      name: "cut before item 17's section (line 1214): items 17 to 19 and their sub-items",
      cutAfter: 1213,
      findings: [
        .init(.missingDetail, "c5-17", line: 167), .init(.missingDetail, "c5-17-1", line: 173),
        .init(.missingDetail, "c5-17-2", line: 174), .init(.missingDetail, "c5-17-3", line: 175),
        .init(.missingDetail, "c5-18", line: 177), .init(.missingDetail, "c5-18-1", line: 183),
        .init(.missingDetail, "c5-18-2", line: 184), .init(.missingDetail, "c5-19", line: 186),
        .init(.missingDetail, "c5-19-1", line: 192),
      ]),
  ]

  @Test(arguments: rows) func reports(_ row: CheckRow) throws {
    let actual = try row.actual(MissingDetailCheck().codes)
    #expect(actual == row.findings, "reported: \(actual)")
  }
}
