import BudgetModel
import Testing

@testable import BudgetTransform

/// The printed rate against C / B in the sample's summary tables.
@Suite("TableRateCheck")
struct TableRateCheckTests {
  static let rows: [CheckRow] = [
    // 13,871 / 163,992 = 8.46 %, ▲390 / 4,633 = −8.42 %, ▲191 / 891 = −21.44 %, …: all as
    // printed to one decimal.
    CheckRow(name: "the sample as printed: every rate is C / B", findings: []),
    CheckRow(
      name: "地方交付税等財源繰入れ printed 9.5 % where C / B = 8.46 %",
      edits: [18: "地方交付税等財源繰入れ\t177,863\t163,992\t13,871\t9.5"],
      findings: [.init(.tableRateMismatch, "s1-r1", line: 18)]),
    // ▲191 / 891 = −21.44 % but (699 − 891) / 891 = −21.55 %: C's rounding explains −21.5.
    CheckRow(
      name: "恩給費 printed ▲21.5 %: not C / B, but (A − B) / B",
      edits: [20: "恩給費\t699\t891\t▲ 191\t▲ 21.5"],
      findings: [.init(.tableRateRounding, "s1-r3", line: 20)]),
    // C printed 13,000: 13,000 / 163,992 = 7.93 %, but (A − B) / B = 8.46 % as printed.
    CheckRow(
      name: "地方交付税等財源繰入れ with C printed 13,000: the rate matches (A − B) / B",
      edits: [18: "地方交付税等財源繰入れ\t177,863\t163,992\t13,000\t8.5"],
      findings: [.init(.tableRateRounding, "s1-r1", line: 18)]),
  ]

  @Test(arguments: rows) func reports(_ row: CheckRow) throws {
    let actual = try row.actual(TableRateCheck().codes)
    #expect(actual == row.findings, "reported: \(actual)")
  }
}
