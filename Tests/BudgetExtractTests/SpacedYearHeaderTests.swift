import BudgetModel
import Testing

@testable import BudgetExtract

/// A header line printed with spaced characters (均等割付), its years spelled digit by digit:
/// the words and rows of kokkai-h29-ndl-gaisan's 主な要求内容, one line each (issue #20).
@Suite struct SpacedYearHeaderTests {
  static let header = "区 分 2 8 年 度 当 初 予 算 額 2 9 年 度 要 求 額 比 較 増 △ 減 額"

  @Test func spacedYearDigitsAreNoCells() {
    let parser = FigureParser(lexicon: .standard)
    let line = Line(number: 1, scalars: Array(Self.header.unicodeScalars))
    guard case .text = GenericLine.classify(line, parser: parser) else {
      Issue.record("a header line read as a row")
      return
    }
    // A remark after a row's cells is still left out (`73 120 47 (説明文)`).
    let row = Line(number: 2, scalars: Array("国会サービス経費 261 306 45 運 用 経 費 等".unicodeScalars))
    guard case .row(_, let cells) = GenericLine.classify(row, parser: parser) else {
      Issue.record("a row with a remark not read")
      return
    }
    #expect(cells.count == 3)
  }

  @Test func theSpacedHeaderNamesTheColumns() throws {
    let reader = GenericReader.reading([
      "(単位:百万円)", Self.header, "1.国会サービス経費 261 306 45", "2.資料費 2,334 2,336 2",
    ])
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.header) == ["28年度当初予算額", "29年度要求額", "比較増▲減額"])
    #expect(table.meanings?.map(\.kind) == [.amount, .amount, .change])
    #expect(table.rows.map(\.label) == ["1.国会サービス経費", "2.資料費"])
    #expect(table.confirmed)
  }
}
