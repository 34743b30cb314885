import BudgetModel
import Testing

@testable import BudgetExtract

/// A page flattened to one line with single spaces (blind set J: kokkai-h29-ndl-gaisan line 1;
/// issue #20).
@Suite struct FlatTableTests {
  static let ndl =
    "平成28年8月 国立国会図書館 平成29年度 国立国会図書館予算概算要求 (単位:百万円) 平成28年度 平成29年度 "
    + "比 較 当 初 予 算 額要 求 額増 △ 減 額 19,556 22,285 2,729 区 分 (組織)国立国会図書館 "
    + "(項)国立国会図書館 18,130 18,154 24 9,622 9,613 △9 9,460 9,439 △21 国立国会図書館業務に必要な経費 "
    + "7,415 7,448 33 科学技術関係資料の収集整備に必要な経費 1,093 1,093 0 1,426 4,131 2,705 "
    + "1,426 4,131 2,705 国立国会図書館の運営に必要な経費 うち人件費 (項)国立国会図書館施設費 "
    + "国立国会図書館施設整備に必要な経費 [ 重点事項 ]"

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func aFlattenedTwoLineHeaderReadsColumnByColumn() {
    let meanings = FlatHeader.meanings(
      ["平成28年度", "平成29年度", "比", "較", "当", "初", "予", "算", "額要", "求", "額増", "△", "減", "額"])
    #expect(meanings.map(\.header) == ["平成28年度当初予算額", "平成29年度要求額", "比較増▲減額"])
    #expect(meanings.map(\.kind) == [.amount, .amount, .change])
    #expect(meanings.map(\.stage) == [.initial, .request, nil])
  }

  /// The same table's rows whose labels stand right before their figures (the total, whose
  /// label follows its figures, and the rows labelled after all the figures left out).
  static let ndlRows =
    "(単位:百万円) 平成28年度 平成29年度 比 較 当 初 予 算 額要 求 額増 △ 減 額 区 分 (組織)国立国会図書館 "
    + "(項)国立国会図書館 18,130 18,154 24 9,622 9,613 △9 国立国会図書館業務に必要な経費 "
    + "7,415 7,448 33 科学技術関係資料の収集整備に必要な経費 1,093 1,093 0 [ 重点事項 ]"

  @Test func rowsAreTheRunsWhoseLabelIsPrintedRightBefore() throws {
    let reader = GenericReader.reading([Self.ndlRows])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "百万円")
    #expect(table.confirmed)
    #expect(
      table.rows.map(\.label) == [
        "(項)国立国会図書館", "国立国会図書館業務に必要な経費", "科学技術関係資料の収集整備に必要な経費",
      ])
    #expect(
      table.rows.map(figures) == [
        ["18130", "18154", "24"], ["7415", "7448", "33"], ["1093", "1093", "0"],
      ])
    // A second row in one run has no label of its own: reported.
    #expect(reader.diagnostics.map(\.text).contains("9,622 9,613 ▲9"))
  }

  /// The whole page: its first figures follow the header with no label and labels are left
  /// after the last figures (the label column printed as a stream of its own). The last label
  /// before a run names its first row, the labels left name the rows left in printed order,
  /// and the marks' hierarchy proves it: (組織) 19,556 = (項) 18,130 + 1,426; (項) 18,130 =
  /// 9,622 + 7,415 + 1,093 (うち人件費 9,460 a part of 9,622); 1,426 = 1,426; every column.
  @Test func labelsPrintedAsAStreamAreProvenByTheirHierarchy() throws {
    let reader = GenericReader.reading([Self.ndl])
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    #expect(
      table.rows.map(\.label) == [
        "(組織)国立国会図書館", "(項)国立国会図書館", "国立国会図書館の運営に必要な経費", "うち人件費",
        "国立国会図書館業務に必要な経費", "科学技術関係資料の収集整備に必要な経費", "(項)国立国会図書館施設費",
        "国立国会図書館施設整備に必要な経費",
      ])
    #expect(table.rows.map(figures)[0] == ["19556", "22285", "2729"])
    #expect(table.rows.map(figures)[3] == ["9460", "9439", "-21"])
    #expect(
      table.rows.map(\.isPartOfAbove) == [false, false, false, true, false, false, false, false])
  }

  /// Labels the hierarchy does not prove: the trailing labels in another order (the part
  /// before its whole), or no classification marks at all: nothing is read.
  @Test(arguments: [
    Self.ndl.replacingOccurrences(
      of: "国立国会図書館の運営に必要な経費 うち人件費", with: "うち人件費 国立国会図書館の運営に必要な経費"),
    Self.ndl.replacingOccurrences(of: "(組織)", with: "").replacingOccurrences(of: "(項)", with: ""),
  ])
  func labelsTheHierarchyDoesNotProveLabelNothing(_ text: String) {
    let reader = GenericReader.reading([text])
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "国立国会図書館業務に必要な経費" } })
    #expect(
      reader.diagnostics.contains { $0.text.contains("7,415") || $0.text.contains("7,4157,44833") })
  }

  /// The same page cut after a row: no label is left after the figures, but the first
  /// figures still follow the header with no label, so the next label may be theirs.
  @Test func figuresRightAfterTheHeaderMakeNoLabelCertain() {
    let reader = GenericReader.reading([
      "(単位:百万円) 平成28年度 平成29年度 比 較 当 初 予 算 額要 求 額増 △ 減 額 19,556 22,285 2,729 "
        + "区 分 (組織)国立国会図書館 (項)国立国会図書館 18,130 18,154 24"
    ])
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "(項)国立国会図書館" } })
  }

  @Test(
    arguments: [
      // A text column's words: the words before the figures may be a description's end.
      (["1.国会サービス経費", "説", "明", "国会会議録フルテキスト・デー"], nil),
      (["区", "分", "(組織)国立国会図書館", "(項)国立国会図書館"], "(項)国立国会図書館"),
      (["(1)", "科学技術情報整備のための", "デジタルコンテンツの拡充"], "科学技術情報整備のためのデジタルコンテンツの拡充"),
      (["国立国会図書館の運営に必要な経費", "うち人件費"], nil),
      (["うち", "一般歳出(B)"], "うち一般歳出(B)"),
    ] as [([String], String?)])
  func labels(_ words: [String], _ label: String?) {
    let tokens = words.map { FlatTable.Token(text: $0, range: 0..<0) }
    #expect(FlatTable.label(tokens) == label)
  }

  /// national-h31-shakaihosho-point line 104: a two-level header flattened, each row's two rates
  /// printed before its label, a `うち` left at the end of the row above.
  static let shakaihosho =
    "(単位:億円) 平成30年度 平成31年度 増△減 通常分 臨時・ 特別 の 措 置 うち、通常分 (3.8%) (1.8%) "
    + "一般会計歳出(A) 977,128 1,014,571 994,291 20,280 37,443 17,163 うち (5.2%) (1.8%) 一般歳出(B) "
    + "588,958 619,639 599,359 20,280 30,680 10,401 (3.1%) (3.1%) 年金給付費 116,853 120,488 120,488 - "
    + "3,636 3,636 (8.9%) (0.2%) 保健衛生対策費 3,514 3,827 3,521 306 313 7 (C)/(A) 33.8% 33.6% 34.2% "
    + "3.3% 28.6% 58.4%"

  @Test func theRowsArithmeticPlacesTheHeaderColumnsAmongWiderRows() throws {
    let reader = GenericReader.reading([Self.shakaihosho])
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    #expect(
      meanings.map(\.kind) == [
        .amount, .amount, .other, .other, .change, .ratePercent, .other, .other,
      ])
    #expect(Array(meanings.map(\.fiscalYearLabel).prefix(2)) == ["平成30年度", "平成31年度"])
    #expect(table.rows.map(\.label) == ["一般会計歳出(A)", "うち一般歳出(B)", "年金給付費", "保健衛生対策費"])
    #expect(table.rows[1].isPartOfAbove)
    #expect(
      table.rows.map(figures) == [
        ["977128", "1014571", "994291", "20280", "37443", "3.8", "17163", "1.8"],
        ["588958", "619639", "599359", "20280", "30680", "5.2", "10401", "1.8"],
        ["116853", "120488", "120488", "-", "3636", "3.1", "3636", "3.1"],
        ["3514", "3827", "3521", "306", "313", "8.9", "7", "0.2"],
      ])
    // The rates of the part column (うち、通常分) are proven as its own (`PartColumnsTests`);
    // the ratio row is reported.
    let reported = reader.diagnostics.map(\.text)
    #expect(!reported.contains("(1.8%)"))
    #expect(reported.contains("33.8% 33.6% 34.2% 3.3% 28.6% 58.4%"))
  }

  /// One part alone under a column, or parts that do not add up, place no column.
  @Test func partsMustAddUp() {
    let header = ColumnHeader.meanings("平成30年度 平成31年度 増△減 うち、通常分")
    let rows = [
      ["977128", "1014571", "994291", "20380", "37443", "17163"],
      ["588958", "619639", "599359", "20180", "30681", "10401"],
    ].map { row in
      FlatRows.Segment(
        words: [FlatTable.Token(text: "計", range: 0..<0)], rates: [],
        run: row.map { ($0, CellToken.parse($0, line: 1, parser: GenericBlocksTests.parser)!) })
    }
    #expect(FlatRows.layout(header, rows) == nil)
  }
}
