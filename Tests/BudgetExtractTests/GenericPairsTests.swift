import BudgetModel
import Testing

@testable import BudgetExtract

/// Column names and their figures one per line, alternating (`GenericReader+Pairs`), on
/// excerpts of fukko-h27-bousai-hakusho (issue #20).
@Suite struct GenericPairsTests {
  func read(_ texts: [String]) -> GenericReader { GenericReader.reading(texts) }

  func numbers(_ row: SummaryRowRecord?) -> [String] {
    (row?.cells ?? []).map { cell in
      guard let amount = cell.amount else { return "-" }
      let parts = amount.parts.map { "\($0.number)\($0.unit ?? "")" }.joined()
      return (amount.isNegative ? "-" : "") + parts
    }
  }

  static let block1 = [
    "<1>東日本大震災復興交付金", "", "27年度予算額", "317,258百万円", "26年度予算額", "363,794 ", "差引増△減",
    "△46,536 ",
  ]

  // Lines 21-26: 317,258 − 363,794 = △46,536, so the three figures are in one unit.
  @Test func aBlockConfirmedByItsChange() throws {
    let reader = read(Self.block1)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.unit == "百万円")
    #expect(table.confirmed)
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["27年度", "26年度", nil])
    #expect(table.rows.first?.label == "<1>東日本大震災復興交付金")
    #expect(numbers(table.rows.first) == ["317258百万円", "363794", "-46536"])
    #expect(table.rows.first?.cellLines == [4, 6, 8])
    #expect(reader.diagnostics.isEmpty)
  }

  // Lines 74-78 after a confirmed block: `<7>` is new (200 − nothing = 200); the earlier
  // year's column is the confirmed block's, with no figure.
  @Test func aNewItemAfterAConfirmedBlock() throws {
    let reader = read(
      Self.block1 + ["", "<7> 国営追悼・祈念施設(仮称)整備事業", "", "27年度予算額", "200百万円", "差引増△減", "200 "])
    #expect(reader.tables.count == 2)
    let table = try #require(reader.tables.last)
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["27年度", "26年度", nil])
    #expect(numbers(table.rows.first) == ["200百万円", "-", "200"])
  }

  // The same new item with no confirmed block before it: which year 27年度 is next to is not
  // shown, so nothing is read.
  @Test func aNewItemAloneIsNotRead() {
    let reader = read(["<7> 国営追悼・祈念施設(仮称)整備事業", "", "27年度予算額", "200百万円", "差引増△減", "200 "])
    #expect(reader.tables.isEmpty)
    #expect(!reader.diagnostics.isEmpty)
  }

  // A change that is not B − A (a figure misread, or another unit): the lines are read as if
  // no block rule existed, and reported.
  @Test func aBlockTheArithmeticDoesNotConfirmIsGivenBack() {
    var texts = Self.block1
    texts[7] = "△46,636"
    let reader = read(texts)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.map(\.span.line).contains(8))
  }

  @Test(
    arguments: [
      ("27年度予算額", true), ("差引増△減", true), ("令和5年度当初予算", true), ("27年度", false),
      ("予算額", false), ("(主な事業)", false), ("27年度予算額 317,258百万円", false),
    ])
  func namesOfOneColumn(_ text: String, _ isName: Bool) {
    #expect((GenericReader.pairName(text) != nil) == isName, "\(text)")
  }
}
