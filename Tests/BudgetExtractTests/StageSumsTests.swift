import BudgetModel
import Testing

@testable import BudgetExtract

/// A table of one year's numbered supplementary budgets and their sum whose rows leave out
/// the cells of the budgets an item has no part in (会計検査院, 平成23年度東日本大震災関係経費,
/// national-h23-hosei-shinsai-kensain lines 16-46; issue #20): each row's own sum says which
/// cells it can place.
@Suite struct StageSumsTests {
  static let top = [
    "表11 平成23年度東日本大震災関係経費(一般会計補正予算)に係る経費項目別の予算額", "",
    "(単位:億円)", "",
  ]
  static let header = ["経費項目 1次", "補正", "2次", "補正", "3次", "補正"]
  static let body = [
    "災害救助等関係経費",
    "(応急仮設住宅建設、被災児童生徒就学支援等)",
    "4,828 941 5,770",
    "災害廃棄物処理事業費(がれき等処理) 3,519 3,859 7,378",
    "災害対応公共事業関係費(1次補正) 12,019 30,914",
    "施設費災害復旧費等(1次補正) 4,160",
    "公共事業等の追加(3次補正) 14,734",
    "地方交付税交付金(災害対応の特別交付税増額等) 1,200 4,573 16,635 22,408",
    "東日本大震災復興交付金 15,611 15,611",
    "原子力損害賠償法等関係経費(2次補正)",
    "原子力災害復興関係経費(3次補正)",
    "2,754 3,557 6,311",
  ]

  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readStageSumTables(lines)
    return reader
  }

  func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.parts[0].number)" } ?? "" }
  }

  @Test func eachRowPlacedAsFarAsItsSumProves() throws {
    let reader = Self.read(Self.top + Self.header + Self.body)
    let table = try #require(reader.tables.first { $0.columns.last == "計" })
    #expect(table.unit == "億円" && table.columns == ["1次補正", "2次補正", "3次補正", "計"])
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.partOf) == [3, 3, 3, nil])
    #expect(meanings[3].fiscalYearLabel == "平成23年度" && meanings[3].stage == .supplementary)
    let rows = table.rows.map { ($0.span.line, numbers($0)) }
    // 4,828 + 941 = 5,770 within rounding: the sum only (the two budgets could be any two).
    #expect(rows[0] == (13, ["", "", "", "5770"]))
    #expect(rows[1] == (14, ["", "", "", "7378"]))
    // The label names its budget; 30,914 (the sum of three rows) is reported.
    #expect(rows[2] == (15, ["12019", "", "", ""]))
    #expect(rows[3] == (16, ["4160", "", "", ""]))
    #expect(rows[4] == (17, ["", "", "14734", ""]))
    // Every budget's cell and their sum: read whole.
    #expect(rows[5] == (18, ["1200", "4573", "16635", "22408"]))
    #expect(rows[6] == (19, ["", "", "", "15611"]))
    // Two labels, each naming one budget, over 2,754 + 3,557 = 6,311: two rows.
    #expect(rows[7] == (22, ["", "2754", "", ""]) && rows[8] == (22, ["", "", "3557", ""]))
    #expect(table.rows[7].label == "原子力損害賠償法等関係経費(2次補正)")
    #expect(table.rows[0].label == "災害救助等関係経費(応急仮設住宅建設、被災児童生徒就学支援等)")
    let reported = reader.diagnostics.map(\.span.line)
    #expect(Set(reported).isSuperset(of: [13, 14, 15, 19, 22]))
    #expect(!reported.contains(18) && !reported.contains(16) && !reported.contains(17))
  }

  @Test func theHeaderOnOneLineWithATotalWord() throws {
    let header = ["区分 第1次補正 第2次補正 第3次補正 計"]
    let reader = Self.read(Self.top + header + Self.body)
    let table = try #require(reader.tables.first { $0.columns.last == "計" })
    #expect(table.columns == ["第1次補正", "第2次補正", "第3次補正", "計"])
    #expect(table.rows.contains { numbers($0) == ["1200", "4573", "16635", "22408"] })
  }

  @Test func noRowReadWholeOrNoYearLeavesEverythingReported() {
    // Without the row that prints every budget and its sum, nothing proves the last cell is
    // the sum of the header's budgets.
    let partial = Self.body.filter { !$0.contains("22,408") }
    let unproven = Self.read(Self.top + Self.header + partial)
    #expect(!unproven.tables.contains { $0.columns.last == "計" })
    // A caption naming no year: the budgets' year is not known.
    let noYear = ["表11 東日本大震災関係経費に係る経費項目別の予算額"] + Self.top.dropFirst()
    let unknown = Self.read(noYear + Self.header + Self.body)
    #expect(!unknown.tables.contains { $0.columns.last == "計" })
    #expect(unknown.diagnostics.contains { $0.span.line == 18 })
  }

  @Test func headerWords() {
    #expect(StageSumHeader.read("経費項目1次補正2次補正3次補正")?.stages == [1, 2, 3])
    #expect(StageSumHeader.read("事項補正(第1号)補正(第2号)合計")?.totalWord == "合計")
    #expect(StageSumHeader.read("区分第2次補正予算第3次補正予算")?.stages == [2, 3])
    // Not one after another, one budget only, a year among the label words, another word.
    #expect(StageSumHeader.read("区分1次補正3次補正") == nil)
    #expect(StageSumHeader.read("区分1次補正") == nil)
    #expect(StageSumHeader.read("令和5年度1次補正2次補正") == nil)
    #expect(StageSumHeader.read("区分1次補正2次補正補正後") == nil)
    #expect(StageSumHeader.captionYear("表11 平成23年度東日本大震災関係経費") == "平成23年度")
    #expect(StageSumHeader.captionYear("令和2年度及び令和3年度の補正予算") == nil)
  }
}
