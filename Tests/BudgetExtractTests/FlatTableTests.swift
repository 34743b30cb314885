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

  @Test func rowsAreTheRunsWhoseLabelIsPrintedRightBefore() throws {
    let reader = GenericReader.reading([Self.ndl])
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
    // The total printed before its label, and the rows whose labels follow all the figures,
    // are reported with the line.
    let reported = reader.diagnostics.map(\.text)
    for run in ["19,556 22,285 2,729", "9,622 9,613 ▲9", "9,460 9,439 ▲21", "1,426 4,131 2,705"] {
      #expect(reported.contains(run), "\(run)")
    }
    // The title before the unit statement is still the document's title.
    #expect(reader.titles.contains { $0.text.contains("国立国会図書館予算概算要求") })
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
}
