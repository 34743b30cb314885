import BudgetModel
import Testing

@testable import BudgetExtract

/// A flattened table whose 説明 column runs into its numbered labels, under a header whose
/// years are printed with spaced characters (kokkai-h29-ndl-gaisan, its 主な要求内容; issue #20).
@Suite struct FlatNumberedStreamTests {
  static let ndl =
    "[ 主な要求内容 ] 下線の項目が重点事項 区 分 (単位:百万円) 2 8 年 度2 9 年 度比 較 当 初 予 算 額要 求 額増 △ 減 額 "
    + "1.国会サービス経費 説 明 国会会議録フルテキスト・デー 261 306 45 タベースシステムの運用経費等 "
    + "2,334 2,336 2 入費、科学技術関係資料費、納 図書館資料購入費、立法資料購 2.資料費 入出版物代償金 "
    + "(1) 科学技術情報整備のための デジタルコンテンツの拡充 - 110 110 科学技術文献等約6,000点 "
    + "(2) オンラインデータベース等の提供 1,274 1,166 (3) その他の経費 1,060 1,060 0 "
    + "3,245 3,163 △82 1,413 1,333 △80 用提供のための基幹システムの 3.情報システム経費"

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func spacedYearsAreReadAsTheHeaderTheySpell() {
    let tokens = FlatTable.tokens(
      Array("(単位:百万円) 2 8 年 度2 9 年 度比 較 当 初 予 算 額要 求 額増 △ 減 額 1.国会".unicodeScalars))
    let spaced = FlatTable.spacedYears(tokens, after: 0).map(\.text)
    #expect(Array(spaced.prefix(5)) == ["(単位:百万円)", "28年度", "29年度", "比", "較"])
    #expect(spaced.last == "1.国会")
    // The stage words between the years, and a small figure right after the header.
    let between = FlatTable.tokens(
      Array("(単位:百万円) 区 分 2 8 年 度 予 算 額 2 9 年 度 要 求 額 増 △ 減 額 45 事業".unicodeScalars))
    #expect(
      FlatTable.spacedYears(between, after: 0).map(\.text) == [
        "(単位:百万円)", "区", "分", "28年度", "予", "算", "額", "29年度", "要", "求", "額", "増", "△", "減", "額",
        "45",
        "事業",
      ])
    // `2 8 0` spells no year: the tokens are left as they are.
    let figures = FlatTable.tokens(Array("(単位:百万円) 2 8 0 1,000".unicodeScalars))
    #expect(FlatTable.spacedYears(figures, after: 0).map(\.text) == figures.map(\.text))
  }

  @Test func theParentsSumPlacesTheNumberedLabels() throws {
    let reader = GenericReader.reading([Self.ndl])
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(
      table.rows.map(\.label) == [
        "国会サービス経費", "資料費", "科学技術情報整備のための", "オンラインデータベース等の提供", "その他の経費",
      ])
    // 2,334 = 1,274 + 1,060 and 2,336 = 110 + 1,166 + 1,060: 2.資料費 and its (1)–(3).
    #expect(
      table.rows.map(figures) == [
        ["261", "306", "45"], ["2334", "2336", "2"], ["-", "110", "110"], ["1274", "1166", "-"],
        ["1060", "1060", "0"],
      ])
    // 3.情報システム経費 is one label for the two rows left (its sub-item's label cut off).
    let reported = reader.diagnostics.filter { $0.message.contains("no row reading") }.map(\.text)
    #expect(reported.count == 2)
    #expect(reported.contains { $0.hasSuffix("3,245 3,163 ▲82") })
  }

  @Test func aGapInTheNumberingReadsNothing() {
    // `(2)` missing: the numbered words are not the label column's whole.
    let text = Self.ndl.replacingOccurrences(of: "(2) オンライン", with: "オンライン")
    let reader = GenericReader.reading([text])
    #expect(reader.tables.flatMap(\.rows).isEmpty)
  }

  @Test func aParentThatDoesNotAddUpReadsNothing() {
    // 1,274 + 1,060 = 2,334 but 110 + 1,176 + 1,060 = 2,346, not 2,336.
    let text = Self.ndl.replacingOccurrences(of: "1,274 1,166", with: "1,274 1,176")
    let reader = GenericReader.reading([text])
    #expect(reader.tables.flatMap(\.rows).isEmpty)
  }
}
