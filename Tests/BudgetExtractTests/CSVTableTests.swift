import BudgetModel
import Testing

@testable import BudgetExtract

/// A CSV file printed as text on one line, its line breaks turned into spaces (防衛白書 令和2年版
/// 資料9 各国国防費の推移, boei-r2-hakusho-kakkoku-kokubohi-csv; issue #20): only the blocks in
/// yen whose rates prove their rows are read.
@Suite struct CSVTableTests {
  static let head =
    "資料9 各国国防費の推移,,,,, \"年度 国名\",16(28),17(29),18(30),19(令和元年),20(2) ,,,,, "
  static let japan =
    "日本,\"48,607\",\"48,996\",\"49,388\",\"50,070\",\"50,688\" (億円),\"50,541\",\"51,251\",\"51,911\",\"52,574\",\"53,133\" ,0.8%,0.8%,0.8%,1.4%,1.2% ,1.5%,1.4%,1.3%,1.3%,1.1% "
  static let others =
    "米国,\"565,370\",\"568,896\",\"600,683\",\"653,986\",\"689,590\" (百万ドル),0.5%,0.6%,5.6%,8.9%,5.4% ロシア,\"37,753\",\"28,523\",\"28,270\",\"29,974\",\"32,968\" (億ルーブル),18.7%,△24.4%,△0.9%,6.0%,10.0% "

  static func read(_ text: String) -> GenericReader {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    var reader = GenericReader.reading([text])
    reader.readCSVTables([line])
    return reader
  }

  func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { cell in
      cell.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? ""
    }
  }

  @Test func theYenBlockProvenByItsRates() throws {
    let reader = Self.read(Self.head + Self.japan + Self.others)
    #expect(reader.tables.count == 1)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    let meanings = try #require(table.meanings)
    #expect(
      meanings.map(\.fiscalYearLabel) == [
        "平成28年度", "平成29年度", "平成30年度", "令和元年度", "令和2年度", nil,
      ])
    #expect(meanings.last?.kind == .ratePercent)
    // 50,688 / 50,070 = +1.2%; 53,133 / 52,574 = +1.1%.
    #expect(
      table.rows.map(numbers) == [
        ["48607", "48996", "49388", "50070", "50688", "1.2"],
        ["50541", "51251", "51911", "52574", "53133", "1.1"],
      ])
    // The dollars and roubles are reported, never read as yen.
    #expect(!table.rows.contains { $0.label.contains("米国") || $0.label.contains("ロシア") })
    #expect(reader.diagnostics.contains { $0.text == "米国" })
    #expect(reader.diagnostics.contains { $0.text == "ロシア" })
  }

  @Test func nothingWithoutTheProof() {
    // A rate its amounts do not give (1.4% printed as 0.9%), or Japan's unit a currency.
    let wrong = Self.japan.replacingOccurrences(of: "0.8%,1.4%,1.2%", with: "0.8%,0.9%,1.2%")
    #expect(Self.read(Self.head + wrong).tables.isEmpty)
    let dollars = Self.japan.replacingOccurrences(of: "(億円)", with: "(百万ドル)")
    #expect(Self.read(Self.head + dollars + Self.others).tables.isEmpty)
    // Only the foreign blocks: nothing.
    #expect(Self.read(Self.head + Self.others).tables.isEmpty)
  }

  @Test func yearColumns() {
    #expect(CSVLine.yearLabel("16(28)") == "平成28年度")
    #expect(CSVLine.yearLabel("19(令和元年)") == "令和元年度")
    #expect(CSVLine.yearLabel("20(2)") == "令和2年度")
    // 2019 is not 平成30 (2018), and 令和28 is not 2016.
    #expect(CSVLine.yearLabel("19(30)") == nil)
    #expect(CSVLine.yearLabel("16(令和28年)") == nil)
    #expect(CSVLine.rate("△24.4%") == DecimalNumber(significand: -244, scale: 1))
    #expect(CSVLine.amount("48,607") == 48_607 && CSVLine.amount("4,86,07") == nil)
  }
}
