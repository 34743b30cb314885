import BudgetModel
import Testing

@testable import BudgetTransform

/// C = A − B in the sample's summary tables (lines 18–22 and 35–37, in 億円).
@Suite("TableDifferenceCheck")
struct TableDifferenceCheckTests {
  /// 一般歳出 4,244 − 4,633 = −389, printed ▲390; 恩給費 699 − 891 = −192, printed ▲191;
  /// 総務省所管計上額 570 − 622 = −52, printed ▲53: each within the rounding of three cells.
  static let asPrinted: [CheckRow.Expected] = [
    .init(
      .tableDifferenceRounding, "s1-r2", expected: -38_900_000_000, actual: -39_000_000_000,
      line: 19),
    .init(
      .tableDifferenceRounding, "s1-r3", expected: -19_200_000_000, actual: -19_100_000_000,
      line: 20),
    .init(
      .tableDifferenceRounding, "s2-r1", expected: -5_200_000_000, actual: -5_300_000_000,
      line: 35),
  ]

  static let rows: [CheckRow] = [
    CheckRow(name: "the sample as printed: three rounding differences", findings: asPrinted),
    CheckRow(
      name: "地方交付税等財源繰入れ with C printed 13,000 where A − B = 13,871",
      edits: [18: "地方交付税等財源繰入れ\t177,863\t163,992\t13,000\t8.5"],
      findings: [
        .init(
          .tableDifferenceMismatch, "s1-r1", expected: 1_387_100_000_000,
          actual: 1_300_000_000_000, line: 18)
      ] + asPrinted),
    CheckRow(
      name: "一般歳出 with C printed ▲389: A − B agrees, no finding for s1-r2",
      edits: [19: "一般歳出\t4,244\t4,633\t▲ 389\t▲ 8.4"],
      findings: Array(asPrinted.dropFirst())),
  ]

  @Test(arguments: rows) func reports(_ row: CheckRow) throws {
    let actual = try row.actual(TableDifferenceCheck().codes)
    #expect(actual == row.findings, "reported: \(actual)")
  }
}
