import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules learnt from the blind set S (`Tests/Fixtures/RealWorld/SOURCES-s.md`, issue #20): each
/// case is an excerpt of a real text that was refused whole on the first run, and is now read
/// where the document's own arithmetic proves the reading, reported otherwise.
@Suite struct BlindSetSRulesTests {
  /// homu-h26-gaisan-yokyu-jikobetsu's first page: the rows, a note, then the labels the rows
  /// lost and the header (the years and stages, `増△減額` with its parts `合 計` / `人件費 物件費`)
  /// printed after the table, the next page's table glued to its header.
  static let homuH26 = """
    法 務 省
    第1 経費関係
    1 一般会計 7,582億円
    2 東日本大震災復興特別会計 44億円
    法 務 省
    (単位:百万円)
    395,237 428,197 32,961 22,886 10,075
    (1)検察活動の充実 99,429 108,571 9,142 8,278 864
    (2)刑務所等矯正機能の充実 217,689 233,868 16,179 10,573 5,606
    (6)公安審査委員会 60 65 5 5 0
    2 司 法 制 度 改 革 の 推 進 28,893 31,500 2,606 5 2,601
    (1)総合法律支援の充実強化 28,317 30,855 2,538 0 2,538
    1,791 1,794 3 0 3
    注:（注記）
    一 般 会 計 事 項 別 概 算 要 求 等 額
    1 法秩序の確立による安全・安心な社会
    の維持
    平成25年度
    予 算 額
    平成26年度
    概算要求等額
    事 項 増△しろさんかく減額
    合 計
    (2)国籍・戸籍・供託事務の適正円滑な
    処理
    人件費 物件費1法 務 省
    前年度予算額(A)概算要求等額(B)1 再犯防止対策の充実強化 8,300 10,776 2,476
    """

  /// The header below the rows names them: 平成25年度予算額, 平成26年度概算要求等額 and their
  /// change, whose two parts add up to it on every row (8,278 + 864 = 9,142); the year and
  /// the stage of the document are the header's (a request of 平成26年度).
  @Test func aHeaderPrintedAfterItsWholeTableIsReadWhenEveryRowProvesIt() throws {
    let doc = try transform(Self.homuH26)
    #expect(doc.info.id == "jp-homu-2014-request")
    let found = amounts(doc)
    #expect(found.contains { $0 == (.priorInitial, 2013, 99_429_000_000) })
    #expect(found.contains { $0 == (.budget, 2014, 108_571_000_000) })
    #expect(found.contains { $0 == (.change, 2014, 9_142_000_000) })
    #expect(found.contains { $0 == (.change, 2014, 8_278_000_000) })
    #expect(found.contains { $0 == (.change, 2014, 864_000_000) })
    // A row with no label on its line (`1,791 1,794 3 0 3`) is not exported.
    #expect(!found.contains { $0.2 == 1_794_000_000 })
  }

  /// One row whose change is not B − A (a misprint, or other columns): the header is not
  /// proven for the rows, which stay reported (no year, no table).
  @Test func aHeaderBelowRowsThatDoNotProveItIsNotRead() throws {
    let text = Self.homuH26.replacingOccurrences(
      of: "217,689 233,868 16,179", with: "217,689 233,868 16,197")
    #expect(throws: (any Error).self) { try transform(text) }
    let named = try transform(text, IdentityOverrides(fiscalYear: 2014, phase: "request"))
    #expect(!amounts(named).contains { $0.2 == 99_429_000_000 })
  }

  /// Parts that do not add up to the change (8,278 + 964 ≠ 9,142) are not parts: the table is
  /// not read.
  @Test func partsThatDoNotAddUpToTheChangeAreNotRead() throws {
    let text = Self.homuH26.replacingOccurrences(
      of: "9,142 8,278 864", with: "9,142 8,278 964")
    let named = try transform(text, IdentityOverrides(fiscalYear: 2014, phase: "request"))
    #expect(!amounts(named).contains { $0.2 == 99_429_000_000 })
  }

  /// The header followed by a row of its own width is the next table's header (the
  /// `HeaderAfter` shape or a new table), never the rows' above.
  @Test func aHeaderFollowedByARowOfItsWidthIsNotTheRowsAbove() throws {
    let text = Self.homuH26.replacingOccurrences(
      of: "前年度予算額(A)概算要求等額(B)1 再犯防止対策の充実強化 8,300 10,776 2,476",
      with: "(1)再犯防止対策の充実強化 8,300 10,776 2,476 1,000 1,476")
    let named = try transform(text, IdentityOverrides(fiscalYear: 2014, phase: "request"))
    #expect(!amounts(named).contains { $0.2 == 99_429_000_000 })
  }
}

extension BlindSetSRulesTests {
  /// The header followed by a unit statement (`(単位:億円)`) is the header of the table that
  /// statement opens, not the rows' above: they stay reported.
  @Test func aHeaderBeforeAUnitStatementIsNotTheRowsAbove() throws {
    let text = Self.homuH26.replacingOccurrences(
      of: "前年度予算額(A)概算要求等額(B)1 再犯防止対策の充実強化 8,300 10,776 2,476",
      with: "(単位:億円)\n(1)再犯防止対策の充実強化 83 108 25")
    let named = try transform(text, IdentityOverrides(fiscalYear: 2014, phase: "request"))
    #expect(!amounts(named).contains { $0.2 == 99_429_000_000 })
  }

  /// Three-column rows, a note, the header below them, then the next table's row: read when
  /// text comes between the header and that row, not when the row follows the header (it is
  /// that row's header).
  static func threeColumns(between: String) -> String {
    """
    法 務 省
    (単位:百万円)
    (1)検察活動の充実 99,429 108,571 9,142
    (2)刑務所等矯正機能の充実 217,689 233,868 16,179
    注:（注記）
    平成25年度
    予 算 額
    平成26年度
    概算要求等額
    増△減額
    \(between)(1)再犯防止対策の充実強化 8,300 10,776 2,476 100
    """
  }

  @Test func aHeaderRightBeforeARowIsThatRowsHeader() throws {
    let request = IdentityOverrides(fiscalYear: 2014, phase: "request")
    let read = try transform(Self.threeColumns(between: "合 計\n"), request)
    #expect(amounts(read).contains { $0 == (.priorInitial, 2013, 99_429_000_000) })
    let next = try? transform(Self.threeColumns(between: ""), request)
    #expect(next.map { !amounts($0).contains { $0.2 == 99_429_000_000 } } ?? true)
  }
}
