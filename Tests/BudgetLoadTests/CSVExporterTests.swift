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

  /// 1. 地方の一般財源総額の確保等 199,270.1億円: detail line 197, overview line 45, no prior.
  @Test func itemRowHasExactCells() {
    let records = parseCSV(text(.items))
    #expect(
      records[2] == [
        "c1-1", "c1", "item", "1", "地方の一般財源総額の確保等", "19927010000000", "",
        "true", "", "false", "197", "197", "45", "2024", "令和6年度", "2023", "soumu", "総務省",
      ])
  }

  /// 2.(2) is listed with — (line 51): no amount, not zero; a prior year printed as 0 is 0.
  @Test func missingAmountIsEmptyAndZeroIsZero() throws {
    let dash = row(.items, id: "c1-2-2")
    #expect(dash["amount_jpy"] == "")
    #expect(dash["prior_amount_jpy"] == "")
    #expect(dash["counts_toward_total"] == "false")
    #expect(dash["overview_line"] == "51")
    let chapter = row(.items, id: "c1")
    #expect(chapter["amount_jpy"] == "")
    #expect(chapter["counts_toward_total"] == "")
    #expect(chapter["parent_id"] == "")
    // 2.(1).(b) with its prior year printed as (0) instead of (2.8).
    let zero = try SampleFixtures.edited([252: "(b) 自治体情報システム標準化・共通化 2.7 (0)"])
    let b = csvRows(text(.items, zero)).rows.first { $0["id"] == "c1-2-1-b" }
    #expect(b?["prior_amount_jpy"] == "0")
    #expect(b?["amount_jpy"] == "270000000")
  }

  /// 2.(3) 消防防災分野のDXの推進 〔3.1 億円〕: counted under another item.
  @Test func bracketedItemDoesNotCount() {
    let bracketed = row(.items, id: "c1-2-3")
    #expect(bracketed["amount_jpy"] == "310000000")
    #expect(bracketed["counts_toward_total"] == "false")
    #expect(bracketed["marker"] == "bracketed")
  }

  @Test func commaAndQuoteAreQuotedAfterRFC4180() {
    let document = Fixtures.document(itemTitle: Fixtures.quotedTitle, at: Fixtures.item("c1-2"))
    let csv = text(.items, document)
    #expect(csv.contains(",\"統計人材の確保, \"\"育成\"\"\",45800000000,,"))
    #expect(csvRows(csv).rows.first { $0["id"] == "c1-2" }?["title"] == Fixtures.quotedTitle)
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

  /// マイナンバーカード交付事業費補助金 253.9億円 [令和5年度補正予算 899.4億円の内数]
  /// (lines 235–237), and an expense stated only as a supplementary figure, 後掲 (245–247).
  @Test func expensesWithPartOfAndSupplementaryOnly() {
    let partOf = row(.expenses, id: "c1-2-1-a-e1")
    #expect(partOf["amount_jpy"] == "25390000000")
    #expect(partOf["counts_toward_total"] == "true")
    #expect(partOf["is_part_of"] == "true")
    #expect(partOf["is_reposted"] == "false")
    #expect(partOf["supplementary_amount_jpy"] == "89940000000")
    #expect(partOf["supplementary_counts_toward_total"] == "false")
    #expect(partOf["supplementary_marker"] == "part_of")

    let shownLater = row(.expenses, id: "c1-2-1-a-e3")
    #expect(
      csvRows(text(.expenses)).header.map { shownLater[$0] ?? "?" } == [
        "c1-2-1-a-e3", "c1-2-1-a", "3", "main",
        "マイナンバーカードを活用した救急業務の迅速化・円滑化に向けたシステム構築", "", "", "", "",
        "false", "false", "false", "true", "370000000", "2023", "false", "shown_later", "245",
        "247",
      ])
  }

  @Test func formulaTextIsNeutralizedButNegativeNumbersStay() {
    var document = Fixtures.document
    let first = document.expenses.firstIndex { $0.itemId == "c1-1-1" } ?? 0
    for (k, name) in Fixtures.formulaNames.enumerated() { document.expenses[first + k].name = name }
    let csv = text(.expenses, document)
    #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",19799050000000,"))
    let names = csvRows(csv).rows.prefix(4).map { $0["name"] ?? "" }
    #expect(names == ["'=HYPERLINK(\"http://x\")", "'+1", "'@SUM(A1)", "'-x"])

    #expect(CSVWriter.neutralized("\tx") == "'\tx")
    #expect(CSVWriter.neutralized("\rx") == "'\rx")
    #expect(CSVWriter.neutralized("x=1") == "x=1")
    #expect(CSVWriter.neutralized("") == "")
  }

  /// The byte writer (eight bytes at a time, a lead byte 0xC2/0xE2 looking ahead) folds and quotes
  /// as the string reference `field` does: every break of the rule, and continuation bytes
  /// 0x85, 0xA8, 0xA9 of ordinary Japanese characters (`許` E8 A8 B1, `酩` E9 85 A9) kept.
  @Test func byteWriterFoldsAndQuotesAsTheReference() {
    let texts = [
      "総務省", "許可\u{2028}申請", "一般会計\u{2029}歳出", "予算\u{85}額", "酩\r\n酊",
      "a\rb\nc\u{0B}d\u{0C}e", "\"引用\",あり", "=SUM(A1)", "-5", "\r\n先頭", "末尾\u{2028}",
      "\u{E2}\u{80}", "\u{A8}\u{A9}",
    ]
    for text in texts {
      var bytes: [UInt8] = []
      CSVWriter.appendText(text, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == CSVWriter.field(.text(text)), "\(text)")
    }
    // The scan reads eight bytes at a time: every break, quote and comma at every offset
    // of a word, a lead byte at a word's end with the rest of its break in the next word.
    for special in ["\u{2028}", "\u{2029}", "\u{85}", "\r\n", "\n", ",", "\"", "\u{0B}"] {
      for offset in 0..<17 {
        for text in [
          String(repeating: "a", count: offset) + special + "許酩",
          String(repeating: "あ", count: offset) + special,
        ] {
          var bytes: [UInt8] = []
          CSVWriter.appendText(text, to: &bytes)
          #expect(String(decoding: bytes, as: UTF8.self) == CSVWriter.field(.text(text)), "\(text)")
        }
      }
    }
    var folded: [UInt8] = []
    CSVWriter.appendText("許可\u{2028}申請,予算\u{85}額", to: &folded)
    #expect(String(decoding: folded, as: UTF8.self) == "\"許可 申請,予算 額\"")
  }

  /// 一般歳出 4,244 4,633 ▲390 ▲8.4 (line 19); the headline 18兆2,107億円 (lines 11–13).
  @Test func summaryKeepsNegativeChangeAsNumber() {
    let rows = csvRows(text(.summary)).rows
    let r2 = rows.first { $0["id"] == "s1-r2" }
    #expect(
      r2.map { r in TableSchema.summary.columnNames.map { r[$0] ?? "?" } } == [
        "s1-r2", "table_row", "1", "第1 一般会計", "一般歳出", "expenditure", "424400000000",
        "463300000000",
        "-39000000000", "-8.4", "19",
      ])
    #expect(text(.summary).contains(",-39000000000,-8.4,19\r\n"))
    #expect(
      parseCSV(text(.summary))[1][6...9] == [
        "18210700000000", "16862500000000", "1348200000000", "",
      ])
  }

  /// [産業投資 360 億円、政府保証 240 億円] (line 1341).
  @Test func filpRow() {
    let program = "株式会社海外通信・放送・郵便事業支援機構(JICT)を活用した我が国企業の海外展開支援"
    #expect(
      parseCSV(text(.filp)).dropFirst() == [
        ["filp-1", program, "産業投資", "36000000000", "2024", "1341"],
        ["filp-2", program, "政府保証", "24000000000", "2024", "1341"],
      ])
  }

  /// 2.(1): (a) 454.3 + (b) 2.7 + (c) 0.7 + (d) 0.4 = 458.1 against 458.0.
  @Test func findingsListLinesSpaceSeparated() {
    let records = parseCSV(text(.findings))
    #expect(
      records[1] == [
        "info", "children_sum_rounding", "c1-2-1", "45800000000", "45810000000",
        "227 231 252 262 268",
        "2.(1): the figures of its 4 counted children add up to 458.1億円, the heading says 458億円 (within the printed rounding)",
      ])
  }

  @Test func observationsAreLongFormat() {
    let table = csvRows(text(.observations))
    #expect(table.rows.count == document.observations.count)
    #expect(table.rows.map { $0["id"] } == document.observations.map(\.id))
    #expect(
      parseCSV(text(.observations))[1] == [
        "c1-1/budget", "c1-1", "item", "budget", "expenditure", "2024", "令和6年度",
        "19927010000000", "JPY",
        "true", "", "197", "jp-soumu-2024-proposal", "jp-soumu-2024-proposal",
      ])
    let dash = table.rows.first { $0["id"] == "c1-2-2/budget" }
    #expect(dash?["amount_jpy"] == "")
    #expect(dash?["data_set_id"] == "", "no amount: not an observation of the Data Cube data set")
    let change = table.rows.first { $0["id"] == "s1-r2/change" }
    #expect(change?["amount_jpy"] == "-39000000000")
    #expect(change?["subject_kind"] == "summary")
    let filp = table.rows.first { $0["id"] == "filp-1/filp" }
    #expect(filp?["amount_jpy"] == "36000000000")
    let supplementary = table.rows.first { $0["id"] == "c1-2-1-a-e3/prior_supplementary" }
    #expect(supplementary?["marker"] == "shown_later")
    #expect(supplementary?["counts_toward_total"] == "false")
  }
}
