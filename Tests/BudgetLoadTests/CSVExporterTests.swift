import BudgetModel
import BudgetTestSupport
import Testing

@testable import BudgetLoad

@Suite struct CSVExporterTests {
  let document = Fixtures.document

  func text(_ table: TableSchema, _ document: BudgetDocument = Fixtures.document) -> String {
    var output = ""
    CSVExporter().writeCSV(table, of: document, to: &output)
    return output
  }

  func row(_ table: TableSchema, id: String) -> [String: String] {
    csvRows(text(table)).rows.first { $0["id"] == id } ?? [:]
  }

  @Test func filesAreTheSixTablesThenTheMetadata() throws {
    let files = try CSVExporter().files(for: document)
    #expect(
      files.map(\.name) == [
        "items.csv", "expenses.csv", "observations.csv", "summary.csv", "filp.csv",
        "findings.csv", "datapackage.json", "csv-metadata.json",
      ])
    #expect(files.prefix(6).allSatisfy { $0.mediaType == "text/csv; charset=utf-8" })
    #expect(files[6].mediaType == "application/json")
    #expect(files[7].mediaType == "application/csvm+json")
    #expect(try CSVExporter().files(for: document) == files)
  }

  @Test func headersAreTheSchemaColumns() {
    #expect(
      TableSchema.items.columnNames == [
        "id", "parent_id", "level", "code", "title", "amount_jpy", "prior_amount_jpy",
        "counts_toward_total", "marker", "is_new", "source_line", "end_line", "overview_line",
        "fiscal_year", "fiscal_year_label", "prior_fiscal_year", "ministry_code", "ministry_name",
      ])
    for table in TableSchema.all {
      let records = parseCSV(text(table))
      #expect(records.first == table.columnNames, "\(table.path)")
      #expect(records.dropFirst().allSatisfy { $0.count == table.columns.count }, "\(table.path)")
    }
  }

  @Test func itemRowHasExactCells() {
    let records = parseCSV(text(.items))
    #expect(
      records[2] == [
        "c1-1", "c1", "item", "1", "地方の一般財源総額の確保等", "19927010000000", "19606400000000",
        "true", "", "false", "43", "44", "45", "2024", "令和6年度", "2023", "soumu", "総務省",
      ])
  }

  @Test func missingAmountIsEmptyAndZeroIsZero() {
    let dash = row(.items, id: "c1-1-2")
    #expect(dash["amount_jpy"] == "")
    #expect(dash["prior_amount_jpy"] == "")
    #expect(dash["counts_toward_total"] == "true")
    let chapter = row(.items, id: "c1")
    #expect(chapter["amount_jpy"] == "")
    #expect(chapter["counts_toward_total"] == "")
    #expect(chapter["parent_id"] == "")
    let new = row(.items, id: "c1-2")
    #expect(new["prior_amount_jpy"] == "0")
    #expect(new["is_new"] == "true")
    #expect(new["overview_line"] == "")
  }

  @Test func bracketedItemDoesNotCount() {
    let bracketed = row(.items, id: "c1-1-3")
    #expect(bracketed["amount_jpy"] == "310000000")
    #expect(bracketed["counts_toward_total"] == "false")
    #expect(bracketed["marker"] == "bracketed")
  }

  @Test func commaAndQuoteAreQuotedAfterRFC4180() {
    let csv = text(.items)
    #expect(csv.contains(",\"統計人材の確保, \"\"育成\"\"\",150000000,0,"))
    #expect(row(.items, id: "c1-2")["title"] == Fixtures.quotedTitle)
  }

  @Test func recordsEndWithCRLFAndHaveNoOtherLineBreaks() {
    for table in TableSchema.all {
      let csv = text(table)
      #expect(csv.hasSuffix("\r\n"))
      let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
      #expect(lines.count == parseCSV(csv).count)
      #expect(!lines.contains { $0.contains("\n") || $0.contains("\r") })
    }
  }

  @Test func lineBreaksInTextBecomeOneSpace() {
    let document = Fixtures.document(itemTitle: "二行の\r\n見出し\nです", at: 1)
    #expect(csvRows(text(.items, document)).rows[1]["title"] == "二行の 見出し です")
  }

  @Test func expensesWithPartOfAndSupplementaryOnly() {
    let partOf = row(.expenses, id: "c1-1-e1")
    #expect(partOf["amount_jpy"] == "18667050000000")
    #expect(partOf["counts_toward_total"] == "false")
    #expect(partOf["marker"] == "part_of")
    #expect(partOf["is_part_of"] == "true")
    #expect(partOf["is_reposted"] == "false")
    #expect(partOf["supplementary_amount_jpy"] == "")

    let records = parseCSV(text(.expenses))
    #expect(
      records[2] == [
        "c1-1-e2", "c1-1", "2", "breakdown", "防災・減災対策", "", "", "", "", "true", "false",
        "true", "false", "5000000000", "2023", "false", "reposted", "48", "49",
      ])
  }

  @Test func formulaTextIsNeutralizedButNegativeNumbersStay() {
    let csv = text(.expenses)
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",-1000000,"))
    let names = csvRows(csv).rows.filter { $0["item_id"] == "c1-2" }.map { $0["name"] ?? "" }
    #expect(names == ["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-x"])
    let amounts = csvRows(csv).rows.filter { $0["item_id"] == "c1-2" }.map { $0["amount_jpy"] }
    #expect(amounts == ["-1000000", "-2000000", "-3000000", "-4000000"])

    #expect(CSVWriter.neutralized("\tx") == "'\tx")
    #expect(CSVWriter.neutralized("\rx") == "'\rx")
    #expect(CSVWriter.neutralized("x=1") == "x=1")
    #expect(CSVWriter.neutralized("") == "")
  }

  @Test func summaryKeepsNegativeChangeAsNumber() {
    let records = parseCSV(text(.summary))
    #expect(
      records[2] == [
        "t1-r2", "table_row", "1", "一般会計", "一般歳出", "424400000000", "463300000000",
        "-39000000000", "-8.4", "18",
      ])
    #expect(text(.summary).contains(",-39000000000,-8.4,18\r\n"))
    #expect(records[1][5...8] == ["18210700000000", "", "", ""])
  }

  @Test func filpRow() {
    #expect(
      parseCSV(text(.filp))[1] == [
        "filp-1", "ICT分野の海外展開の推進", "産業投資", "36000000000", "2024", "700",
      ])
  }

  @Test func findingsListLinesSpaceSeparated() {
    let records = parseCSV(text(.findings))
    #expect(
      records[1] == [
        "warning", "children_sum_mismatch", "c1-1", "19927010000000", "310000000", "43 51 52",
        "子事項の合計が親事項と一致しない",
      ])
    #expect(records[2] == ["info", "table_difference_rounding", "", "", "", "", "四捨五入による差"])
  }

  @Test func observationsAreLongFormat() {
    let table = csvRows(text(.observations))
    #expect(table.rows.count == document.observations.count)
    #expect(table.rows.map { $0["id"] } == document.observations.map(\.id))
    #expect(
      parseCSV(text(.observations))[1] == [
        "c1-1/budget", "c1-1", "item", "budget", "2024", "令和6年度", "19927010000000", "JPY",
        "true", "", "43", "jp-soumu-2024-proposal", "jp-soumu-2024-proposal",
      ])
    let dash = table.rows.first { $0["id"] == "c1-1-2/budget" }
    #expect(dash?["amount_jpy"] == "")
    #expect(dash?["data_set_id"] == "", "no amount: not an observation of the Data Cube data set")
    let change = table.rows.first { $0["id"] == "t1-r2/change" }
    #expect(change?["amount_jpy"] == "-39000000000")
    #expect(change?["subject_kind"] == "summary")
    let filp = table.rows.first { $0["id"] == "filp-1/filp" }
    #expect(filp?["amount_jpy"] == "36000000000")
    let supplementary = table.rows.first { $0["id"] == "c1-1-e2/prior_supplementary" }
    #expect(supplementary?["marker"] == "reposted")
    #expect(supplementary?["counts_toward_total"] == "false")
  }
}
