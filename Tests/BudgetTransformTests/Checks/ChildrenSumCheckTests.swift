import BudgetModel
import Testing

@testable import BudgetTransform

/// Children against their parent heading, budget and prior year, on the sample's headings.
@Suite("ChildrenSumCheck")
struct ChildrenSumCheckTests {
  /// The findings about one heading.
  static func about(_ subject: String, _ findings: [CheckRow.Expected]) -> [CheckRow.Expected] {
    findings.filter { $0.subject == subject }
  }

  static let rows: [(row: CheckRow, subject: String)] = [
    // 2.(1): (a) 454.3 + (b) 2.7 + (c) 0.7 + (d) 0.4 = 458.1 against 458.0, within the
    // rounding of five figures to 0.1億円; prior year 507.1 + 2.8 + 0.7 + 0.4 = 511.0.
    (
      CheckRow(
        name: "2.(1) as printed: 458.1 against 458.0 is rounding",
        findings: [
          .init(
            .childrenSumRounding, "c1-2-1", expected: 45_800_000_000, actual: 45_810_000_000,
            line: 227)
        ]), "c1-2-1"
    ),
    // 1.: 197,990.5 + 375.4 + 904.2 = 199,270.1, exactly.
    (CheckRow(name: "item 1 as printed adds up", findings: []), "c1-1"),
    (
      CheckRow(
        name: "1.(1) in its section as 197,000.5: the children add up to 198,280.1",
        edits: [199: "(1) 地方の一般財源総額の確保 197,000.5(185,780.0)"],
        findings: [
          .init(
            .childrenSumMismatch, "c1-1", expected: 19_927_010_000_000,
            actual: 19_828_010_000_000, line: 197)
        ]), "c1-1"
    ),
    (
      CheckRow(
        name: "2.(1)(b) prior year as 3.8: the prior-year children add up to 512.0, not 511.0",
        edits: [252: "(b) 自治体情報システム標準化・共通化 2.7 (3.8)"],
        findings: [
          .init(
            .childrenSumRounding, "c1-2-1", expected: 45_800_000_000, actual: 45_810_000_000,
            line: 227),
          .init(
            .childrenSumMismatch, "c1-2-1", expected: 51_100_000_000, actual: 51_200_000_000,
            line: 227),
        ]), "c1-2-1"
    ),
    // 8.: 3.6 + 3.0 + 7.1 + 4.0 = 17.7 against 17.8; (3) 〔7.0の内数〕 is part of another.
    (
      CheckRow(
        name: "item 8 as printed: 17.7 against 17.8, the 内数 child not counted",
        findings: [
          .init(
            .childrenSumRounding, "c2-8", expected: 1_780_000_000, actual: 1_770_000_000,
            line: 618)
        ]), "c2-8"
    ),
  ]

  @Test(arguments: rows) func reports(_ row: CheckRow, about subject: String) throws {
    let actual = try row.actual(ChildrenSumCheck().codes)
    #expect(Self.about(subject, actual) == row.findings, "reported: \(actual)")
  }

  @Test func theSampleAsPrintedHasOnlyRoundingDifferences() throws {
    let all = try CheckRow(name: "sample", findings: []).actual(ChildrenSumCheck().codes)
    #expect(all.count == 13)
    #expect(all.allSatisfy { $0.code == .childrenSumRounding })
  }

  /// The 億円 text of the messages, from the sample's figures: 2.(1) 458.1 against 458.0,
  /// item 1's 199,270.1, 災害マネジメント総括支援員等の研修事業's 0.05, 一般歳出's change ▲390,
  /// and the extremes of the eight decimals.
  @Test func okuTextOfTheMessages() {
    #expect(ReconciliationContext.oku(45_810_000_000) == "458.1億円")
    #expect(ReconciliationContext.oku(45_800_000_000) == "458億円")
    #expect(ReconciliationContext.oku(19_927_010_000_000) == "199270.1億円")
    #expect(ReconciliationContext.oku(5_000_000) == "0.05億円")
    #expect(ReconciliationContext.oku(-39_000_000_000) == "-390億円")
    #expect(ReconciliationContext.oku(1) == "0.00000001億円")
    #expect(ReconciliationContext.oku(0) == "0億円")
    #expect(ReconciliationContext.oku(-123_456_789) == "-1.23456789億円")
  }
}
