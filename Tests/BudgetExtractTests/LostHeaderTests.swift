import BudgetModel
import Testing

@testable import BudgetExtract

/// A table whose header row was lost in conversion (法務省 令和2年度概算要求, homu-r2-gaisan-yokyu
/// lines 13-59; issue #20): its columns are read only when the rows add up to the unlabelled
/// total row, B − A = C in every row, and B's total is the document's headline amount.
@Suite struct LostHeaderTests {
  static let cover = ["令和2年度概算要求について", "法 務 省", "第1 経費関係", "1 一般会計 8,214億円"]
  static let rows = [
    " 1 大臣官房関係経費 131,980 134,512 2,532 2,324",
    " 2 日本司法支援センター関係経費 31,514 34,315 2,801 2,801",
    " 3 施設整備関係経費 19,958 37,245 17,287 17,287",
    " 4 法務総合研究所関係経費 2,282 2,593 312 311",
    " 5 登記・戸籍等関係経費 129,210 138,122 8,912 8,257",
    " 6 検察関係経費 112,626 114,384 1,758 1,725",
    " 7 矯正関係経費 239,112 243,523 4,411 5,226",
    " 8 更生保護関係経費 27,542 28,207 665 520",
    " 9 人権擁護関係経費 3,486 4,013 527 527",
    "10 訟務関係経費 1,955 2,081 126 126",
    "11 出入国在留管理庁関係経費(注1,2) 58,267 66,576 8,309 6,290",
    "12 公安審査委員会関係経費 67 67 0 0",
    "13 公安調査庁関係経費 15,039 15,749 710 559",
  ]
  static let total = "773,039 821,387 48,348 45,953"
  static let after = ["   臨時・特別の措置(注2) 39,876", "812,916"]

  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readLostHeaderTables(lines)
    return reader
  }

  static var whole: [String] { cover + ["(単位:百万円)"] + rows + [total] + after }

  func numbers(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "" }
  }

  @Test func theColumnsProvenByTheHeadlineAndTheRows() throws {
    let reader = Self.read(Self.whole)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1 && table.unit == "百万円")
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.kind) == [.amount, .amount, .change, .other])
    #expect(meanings.map(\.fiscalYearLabel) == ["前年度", "本年度", nil, nil])
    #expect(table.rows.count == 14)
    #expect(numbers(table.rows[0]) == ["131980", "134512", "2532", "2324"])
    #expect(table.rows[0].span.line == 6 && table.rows[12].span.line == 18)
    // 773,039 + 39,876 = 812,915 (812,916 printed): the one figure is the prior year's.
    let extra = table.rows[13]
    #expect(extra.label.contains("臨時・特別の措置") && numbers(extra) == ["39876", "", "", ""])
    #expect(extra.cellLines == [20, 0, 0, 0])
    // The total row and the lone figure have no label: reported.
    #expect(reader.diagnostics.contains { $0.span.line == 19 })
    #expect(reader.diagnostics.contains { $0.span.line == 21 })
    #expect(!reader.diagnostics.contains { (6...18).contains($0.span.line) || $0.span.line == 20 })
  }

  /// Without the headline, with a headline that is not B's total (8,231億円 for 821,387百万円),
  /// with one row whose change is not B − A, or without the total row: nothing is read.
  @Test(arguments: [
    Array(whole.dropFirst(4)),
    whole.map { $0 == "1 一般会計 8,214億円" ? "1 一般会計 8,231億円" : $0 },
    whole.map { $0.hasPrefix(" 8 ") ? " 8 更生保護関係経費 27,542 28,207 685 520" : $0 },
    cover + ["(単位:百万円)"] + rows,
    cover + ["(単位:百万円)"] + rows + ["773,039 821,387 48,348 45,953 1"],
  ])
  func notProvenIsReported(_ texts: [String]) {
    let reader = Self.read(texts)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.message.hasPrefix(GenericReader.noHeaderMessage) })
  }

  /// The document's second table (no headline total, no total row, changes unsigned where
  /// B < A): reported.
  @Test func theSecondTableStaysReported() {
    let reader = Self.read(
      Self.whole + [
        "(単位:百万円)", " 1 登記事務関係経費 483 478 6 5", " 2 民事法律扶助等関係経費 607 573 34 34",
      ])
    #expect(reader.tables.count == 1)
    #expect(reader.diagnostics.contains { $0.span.line == 23 })
  }

  /// The headline naming its year and stage (`令和2年度概算要求額`): B takes them, A the year
  /// before; a total labelled `合計` is a row of the table.
  @Test func aHeadlineNamingItsYearAndATotalWithItsLabel() throws {
    let texts = Self.whole.map {
      $0 == "1 一般会計 8,214億円" ? "令和2年度概算要求額 8,214億円" : $0 == Self.total ? "合計 \($0)" : $0
    }
    let reader = Self.read(texts)
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings[0].fiscalYearLabel == "令和元年度" && meanings[0].stage == nil)
    #expect(meanings[1].fiscalYearLabel == "令和2年度" && meanings[1].stage == .request)
    #expect(table.rows[13].label == "合計" && numbers(table.rows[13])[1] == "821387")
    #expect(!reader.diagnostics.contains { $0.span.line == 19 })
  }

  @Test(arguments: [
    ("令和2年度", "令和元年度"), ("令和元年度", "平成30年度"), ("平成10年度", "平成9年度"),
    ("2年度", "元年度"), ("2025年度", "2024年度"),
  ])
  func theYearBefore(_ year: String, _ before: String) {
    #expect(GenericReader.yearBefore(year) == before)
  }

  /// The total printed first, and `-` for nothing (`67 67 0 0` printed `67 67 - -`).
  @Test func theTotalFirstAndDashCells() throws {
    let rows = Self.rows.map { $0.hasPrefix("12 ") ? "12 公安審査委員会関係経費 67 67 - -" : $0 }
    let reader = Self.read(Self.cover + ["(単位:百万円)", Self.total] + rows)
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 13 && table.rows[0].span.line == 7)
    #expect(numbers(table.rows[11]) == ["67", "67", "", ""])
    #expect(reader.diagnostics.contains { $0.span.line == 6 })
  }
}
