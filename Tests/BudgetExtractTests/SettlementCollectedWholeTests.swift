import BudgetModel
import Testing

@testable import BudgetExtract

/// An account that prints 徴収決定済額 and 収納済歳入額 and neither 不納欠損額 nor 収納未済歳入額
/// (kokudo-h16-jidosha-toroku-tokkai-kessan-kensain lines 18-27, zaimu-h03-gaitame-tokkai-
/// kessan-kensain lines 4-12; issue #20): nothing was lost or left unpaid, and the identity
/// 収納済歳入額 = 徴収決定済額 − 不納欠損額 − 収納未済歳入額 is the two cells' equality, to the
/// unit, in every year column.
@Suite struct SettlementCollectedWholeTests {
  static let registration = [
    "区分 16年度 (15年度)", "  千円 千円", "(歳入)    ", " 徴収決定済額 60,993,384 61,401,309",
    " 収納済歳入額 60,993,384 61,401,309", "(歳出)    ", " 歳出予算現額 49,568,622 51,305,286",
    " 支出済歳出額 46,255,370 47,698,309", " 翌年度繰越額 989,376 958,223",
    " 不用額 2,323,874 2,648,753",
  ]

  // 60,993,384 = 60,993,384 and 61,401,309 = 61,401,309; 46,255,370 + 989,376 + 2,323,874 =
  // 49,568,620 (printed …622): both settled rows are read, in 千円.
  @Test func theSettledRevenueEqualToWhatWasDetermined() throws {
    let reader = SettlementAccountTests.read(Self.registration)
    let rows = reader.tables.flatMap(\.rows)
    #expect(rows.map(\.label) == ["収納済歳入額", "支出済歳出額"])
    #expect(
      rows.map(SettlementAccountTests().figures) == [
        ["60993384", "61401309"], ["46255370", "47698309"],
      ])
    #expect(reader.tables.first?.columns == ["16年度", "(15年度)"])
  }

  // 外国為替資金特別会計 (zaimu-h03 lines 4-12): `|` cells, the unit broken over two lines, and
  // no 翌年度繰越額 (817,493,740 + 825,308,618 = 1,642,802,358, printed …359).
  @Test func theForeignExchangeAccount() throws {
    let lines = [
      "区分 | 3年度 | (2年度) |", "(歳入) | 千円 |", "千円 |",
      "徴収決定済額 | 1,106,687,594 | 1,256,607,249 |", "収納済歳入額 | 1,106,687,594 | 1,256,607,249 |",
      "(歳出) | ||", "歳出予算現額 | 1,642,802,359 | 1,044,589,425 |",
      "支出済歳出額 | 817,493,740 | 1,009,198,476 |", "不用額 | 825,308,618 | 35,390,948 |",
    ]
    let reader = SettlementAccountTests.read(lines)
    #expect(reader.tables.flatMap(\.rows).map(\.label) == ["収納済歳入額", "支出済歳出額"])
  }

  // Not read: 収納済歳入額 one unit below 徴収決定済額 with no line saying where it went (no
  // rounding excuses a difference between two cells of one account).
  @Test func aDifferenceNoLineExplainsIsNotRead() {
    var lines = Self.registration
    lines[4] = " 収納済歳入額 60,993,383 61,401,309"
    let reader = SettlementAccountTests.read(lines)
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "収納済歳入額" } })
  }
}
