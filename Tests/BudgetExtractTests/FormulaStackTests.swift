import BudgetModel
import Testing

@testable import BudgetExtract

/// A table one cell per line under a header of letter formulas (`C=A+B`, `E=C+D`, `F=E-A`):
/// 財務省's 租税及印紙収入予算額 (national-h29-sozei-setsumei lines 19-210; issue #20).
@Suite struct FormulaStackTests {
  // Lines 19-38 and 52-61: the caption, the unit, the header words over many lines.
  static let header = [
    "平成 29 年度租税及印紙収入予算額", "(単位 億円)", "29 年 度", "税", "目", "28 年 度", "予 算 額", "所 得 税",
    "前年度予算", "額に対する", "現行法によ", "る増△減収", "見込額", "現行法によ", "る収入見込", "額", "税制改正に",
    "よる増△減", "収見込額", "B C=A+B", "改正法によ", "る収入見込", "額", "(予算額)", "前年度予算", "額に対する",
    "増△減収見", "込額", "D E=C+D", "F=E-A",
  ]
  // Lines 95-114 and 115-127: 消費税 (its △ on the line before each figure), 酒税 (its name
  // printed around its figures: `税` before, `酒` after), たばこ税.
  static let rows = [
    "消", "費", "税", "171,850", "△", "470", "171,380", "―", "171,380", "△", "470", "税", "13,590", "△",
    "480", "13,110", "―", "13,110", "△", "480", "酒", "△", "△", "た", "ば", "こ", "税", "9,230", "60",
    "9,290", "―", "9,290", "60",
  ]

  func tables(_ rows: [String]) -> [SummaryTableRecord] {
    let texts = Self.header + rows
    var reader = GenericReader.reading(texts)
    reader.readFormulaStacks(
      texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) })
    return reader.tables.filter { $0.columns.count == 6 }
  }

  func amounts(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { c in c.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-"
    }
  }

  @Test func rowsWhoseFiguresHoldEveryFormula() throws {
    let table = try #require(tables(Self.rows).first)
    #expect(table.unit == "億円")
    #expect(table.meanings?.map(\.kind) == [.amount, .other, .other, .other, .amount, .change])
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["28年度", nil, nil, nil, "29年度", nil])
    #expect(table.meanings?[5].formula == ["E", "A"])
    // 酒税's name is not printed before its figures (`税` only): reported, not read.
    #expect(table.rows.map(\.label) == ["消費税", "たばこ税"])
    #expect(amounts(table.rows[0]) == ["171850", "-470", "171380", "-", "171380", "-470"])
    #expect(amounts(table.rows[1]) == ["9230", "60", "9290", "-", "9290", "60"])
    #expect(table.rows[0].cellLines.first == Self.header.count + 4)
  }

  // 消費税's change printed 460 (E − A is −470): that row is not read; without the header's
  // years one apart, nothing is.
  @Test func withoutItsProofsNothingIsRead() throws {
    var rows = Self.rows
    rows[10] = "460"
    #expect(try #require(tables(rows).first).rows.map(\.label) == ["たばこ税"])
    var texts = Self.header
    texts[2] = "27 年 度"
    var reader = GenericReader.reading(texts + Self.rows)
    reader.readFormulaStacks(
      (texts + Self.rows).enumerated().map {
        Line(number: $0 + 1, scalars: Array($1.unicodeScalars))
      })
    #expect(reader.tables.allSatisfy { $0.columns.count != 6 })
  }

  // Lines 87-94: 相続税, its change (1,940, line 76) printed among another row's cells: five
  // cells between its name and the next, on which C=A+B and E=C+D hold.
  static let shortRow = ["相", "続", "税", "19,210", "1,940", "21,150", "―", "21,150"]

  @Test func aRowOneCellShortWhoseOtherFormulasHold() throws {
    let table = try #require(tables(Self.shortRow + Self.rows).first)
    #expect(table.rows.map(\.label) == ["相続税", "消費税", "たばこ税"])
    #expect(amounts(table.rows[0]) == ["19210", "1940", "21150", "-", "21150", "-"])
    #expect(table.rows[0].cellLines.count == 6)
  }

  // Not read: a sum that fails (21,160), a name of one character, four cells, a sixth cell
  // that is no change of the row (then a six-cell window that fails F=E-A).
  @Test func aShortRowWithoutItsProofsIsNotRead() throws {
    var failing = Self.shortRow
    failing[7] = "21,160"
    var unnamed = Self.shortRow
    unnamed.removeFirst(2)
    for rows in [failing, unnamed, Array(Self.shortRow.dropLast()), Self.shortRow + ["100"]] {
      #expect(try #require(tables(rows + Self.rows).first).rows.map(\.label) == ["消費税", "たばこ税"])
    }
  }

  // Lines 62-86: cells of 所得税's rows and, among them, 法人税's `30` / `123,910` / `1,580`
  // (its `△` displaced); then 法人税's name and its first three cells.
  static let split = [
    "148,670", "70", "148,740", "1,580", "30,740", "―", "30,740", "340", "179,410", "70", "179,480",
    "30", "123,910", "1,580", "1,940", "1,850", "1,580", "△", "270", "法", "人", "税", "122,330",
    "1,610", "123,940",
  ]

  @Test func aRowInTwoPiecesJoinedByItsFormulas() throws {
    let table = try #require(tables(Self.split + Self.rows).first)
    #expect(table.rows.map(\.label) == ["消費税", "たばこ税", "法人税"])
    #expect(amounts(table.rows[2]) == ["122330", "1610", "123940", "-30", "123910", "1580"])
    let first = Self.header.count + 1
    #expect(table.rows[2].cellLines == [22, 23, 24, 11, 12, 13].map { first + $0 })
    #expect(table.rows[2].span == SourceSpan(line: first + 11, endLine: first + 24))
  }

  // Not read: the change printed 1,590 (E − A is 1,580), the piece's own sum failing (1,600),
  // a second window that completes it as well.
  @Test func aPieceWithoutItsOneCompletionIsNotRead() throws {
    var change = Self.split
    change[13] = "1,590"
    var sum = Self.split
    sum[23] = "1,600"
    let twice = Self.split + Self.rows + ["注", "30", "123,910", "1,580"]
    for rows in [change + Self.rows, sum + Self.rows, twice] {
      #expect(try #require(tables(rows).first).rows.map(\.label) == ["消費税", "たばこ税"])
    }
  }

  @Test func theFormulasNameTheColumns() throws {
    let formulas = ["C=A+B", "E=C+D", "F=E-A"].compactMap(FormulaStack.formula)
    let columns = try #require(FormulaStack.columns(formulas))
    #expect(columns.letters == ["A", "B", "C", "D", "E", "F"])
    #expect([columns.later, columns.earlier, columns.change] == ["E", "A", "F"])
    // A difference of two defined columns, or letters with a gap: no reading.
    #expect(
      FormulaStack.columns(["C=A+B", "E=C+D", "F=E-C"].compactMap(FormulaStack.formula)) == nil)
    #expect(
      FormulaStack.columns(["C=A+B", "G=C+D", "F=G-A"].compactMap(FormulaStack.formula)) == nil)
  }
}
