import BudgetModel
import Testing

@testable import BudgetExtract

/// A settlement account whose words are one header line, its years one per line and its
/// cells one per line (会計検査院 決算検査報告 flattened; kosei-h20-rodo-hoken-tokkai-kessan-kensain
/// lines 20-41, keisan-h23-tokkyo-tokkai-kessan-kensain lines 18-38; issue #20): the order of
/// the cells (down each word's column or across each year's row) and the place of a cell not
/// printed are decided by the account's identities alone, never assumed.
@Suite struct SettlementCellsDownTests {
  static let labour = [
    "歳入 徴収決定済額(千円) 収納済歳入額(千円) 不納欠損額(千円) 収納未済歳入額(千円)",
    "20年度", "19年度", "1,468,596,324", "1,453,528,439", "1,447,405,042", "1,432,699,839",
    "717,373", "734,523", "20,473,908", "20,094,076",
    "歳出 歳出予算現額(千円) 支出済歳出額(千円) 翌年度繰越額(千円) 不用額(千円)",
    "20年度", "19年度", "1,134,104,250", "1,152,083,575", "1,083,402,587", "1,104,983,358",
    "1,953,876", "2,052,622", "48,747,786", "45,047,594",
  ]

  // Down the columns: 1,447,405,042 + 717,373 + 20,473,908 = 1,468,596,323 (printed …324);
  // 1,083,402,587 + 1,953,876 + 48,747,786 = 1,134,104,249 (printed …250). Across the rows the
  // 20年度 支出済歳出額 would be 1,152,083,575, more than its 歳出予算現額: no identity holds.
  @Test func theCellsGoDownEachColumn() throws {
    let reader = SettlementAccountTests.read(Self.labour)
    let settled = reader.tables.flatMap(\.rows)
    #expect(settled.map(\.label) == ["収納済歳入額", "支出済歳出額"])
    #expect(
      settled.map(SettlementAccountTests().figures) == [
        ["1447405042", "1432699839"], ["1083402587", "1104983358"],
      ])
    #expect(settled.map { $0.cellLines ?? [] } == [[6, 7], [17, 18]])
    #expect(reader.tables.allSatisfy { $0.columns == ["20年度", "19年度"] && $0.unit == "千円" })
  }

  // The same cells printed across the rows (each year's four cells in turn) are read across.
  @Test func theCellsMayGoAcrossEachRow() throws {
    var lines = Self.labour
    let down = Array(lines[14...21])
    lines.replaceSubrange(14...21, with: [0, 2, 4, 6, 1, 3, 5, 7].map { down[$0] })
    let reader = SettlementAccountTests.read(lines)
    let spent = try #require(reader.tables.flatMap(\.rows).first { $0.label == "支出済歳出額" })
    #expect(SettlementAccountTests().figures(spent) == ["1083402587", "1104983358"])
    #expect(spent.cellLines == [16, 20])
  }

  // 23年度: 316,763,685 − 316,760,324 = 3,361 = 3,102 + 259; 22年度: 310,869,176 − 310,865,170
  // = 4,006 against the lone 4,005. Of every order and place of the missing cell, only 不納欠損額
  // of 22年度 left empty makes both years hold: the settled revenue is read.
  static let patents = [
    "歳入 徴収決定済額(千円) 収納済歳入額(千円) 不納欠損額(千円) 収納未済歳入額(千円)",
    "23年度", "22年度", "316,763,685", "310,869,176", "316,760,324", "310,865,170", "3,102",
    "259", "4,005",
  ]

  @Test func aCellNotPrintedIsPlacedByTheIdentities() throws {
    let reader = SettlementAccountTests.read(Self.patents)
    let row = try #require(reader.tables.first?.rows.first)
    #expect(row.label == "収納済歳入額")
    #expect(SettlementAccountTests().figures(row) == ["316760324", "310865170"])
  }

  // Not read: 4,005 changed to 4,105, no placement makes 22年度 hold.
  @Test func noPlacementHoldsNothingIsRead() {
    var lines = Self.patents
    lines[9] = "4,105"
    #expect(SettlementAccountTests.read(lines).tables.isEmpty)
  }

  // Not read: down the columns (90 = 30 + 40 + 20, 40 = 20 + 10 + 10) and across the rows
  // (90 = 40 + 30 + 20, 40 = 10 + 20 + 10) both hold, with other settled amounts (30 and 20,
  // or 40 and 10): the identities cannot tell which is printed.
  @Test func twoReadingsThatHoldAreNotRead() {
    let lines = [
      "歳出 歳出予算現額(千円) 支出済歳出額(千円) 翌年度繰越額(千円) 不用額(千円)",
      "20年度", "19年度", "90", "40", "30", "20", "40", "10", "20", "10",
    ]
    let reader = SettlementAccountTests.read(lines)
    #expect(reader.tables.isEmpty)
  }

  // Not read: a settled amount with no identity to check it (only two words).
  @Test func aSettledAmountInNoIdentityIsNotRead() {
    let lines = [
      "歳出 歳出予算現額(千円) 支出済歳出額(千円)", "20年度", "19年度", "100", "90", "60", "50",
    ]
    #expect(SettlementAccountTests.read(lines).tables.isEmpty)
  }
}
