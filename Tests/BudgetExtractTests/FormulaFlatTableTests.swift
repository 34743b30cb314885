import BudgetModel
import Testing

@testable import BudgetExtract

/// A summary table (総括表) flattened to one line, its header words split between the line's
/// start and end, proven by its formula letters (blind set N: norin-r2-rinya-kettei-gaiyo
/// line 4; issue #20).
@Suite struct FormulaFlatTableTests {
  static let rinya =
    "経 常 分 「臨時・特別 の措置」 概算決定額 C=A+B 億円 億円 億円 億円 公 共 事 業 費 1,929 1,931 368 "
    + "2,299 606 2,905 (対前年度比) 100.1% 119.2% 一般公共事業費 1,827 1,830 368 2,197 391 2,588 "
    + "(対前年度比) 100.1% 120.2% 災害復旧等事業費 101 102 102 215 316 (対前年度比) 100.1% 100.1% "
    + "非 公 共 事 業 費 1,063 1,075 1,075 208 1,283 (対前年度比) 101.1% 101.1% "
    + "2,992 3,006 368 3,374 814 4,187 (対前年度比) 100.5% 112.8% 2 3 4 5 （注記） "
    + "令和2年度 林野関係予算の概要 (経常分) 元年度 補正 追加額 C+D"

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.parts[0].number)" } ?? "-" }
  }

  @Test func formulasAreReadFromHeaderWords() {
    #expect(
      FormulaFlatTable.Formula.all(in: ["概算決定額", "C=A+B", "追加額", "C+D", "A"]) == [
        .init(result: "C", terms: ["A", "B"], printed: "C=A+B"),
        .init(result: nil, terms: ["C", "D"], printed: "C+D"),
      ])
    #expect(FormulaFlatTable.Formula.parse("概算決定額C=A+B")?.result == "C")
    // An unnamed sum glued to a word is no formula.
    #expect(FormulaFlatTable.Formula.parse("追加額C+D") == nil)
  }

  /// C = A + B and the column printed `C+D` hold on every full row in one placement only:
  /// 1,931 + 368 = 2,299 and 2,299 + 606 = 2,905; the ratios divide by the first column
  /// (1,931 / 1,929 = 100.1%, 2,299 / 1,929 = 119.2%): the prior year. The rows of five cells
  /// place their blank under B (102 = 102 + blank, 102 / 101 ≈ 100.1% at 億円 precision).
  @Test func theFormulaLettersPlaceTheColumns() throws {
    let reader = GenericReader.reading([Self.rinya])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    // D is named by the words printed after the rows (`FormulaFlatTable+Supplementary`).
    #expect(
      meanings.map(\.header) == ["前年度", "経常分", "「臨時・特別の措置」", "概算決定額C=A+B", "元年度補正追加額", "C+D"])
    #expect(meanings.map(\.kind) == [.amount, .other, .other, .amount, .amount, .other])
    #expect(meanings.map(\.stage) == [nil, nil, nil, .proposal, .supplementary, nil])
    #expect(meanings.map(\.fiscalYearLabel) == ["前年度", nil, nil, "本年度", "元年度", nil])
    #expect(meanings.map(\.partOf) == [nil, 3, 3, nil, nil, nil])
    #expect(table.rows.map(\.label) == ["公共事業費", "一般公共事業費", "災害復旧等事業費", "非公共事業費"])
    #expect(
      table.rows.map(figures) == [
        ["1929", "1931", "368", "2299", "606", "2905"],
        ["1827", "1830", "368", "2197", "391", "2588"],
        ["101", "102", "-", "102", "215", "316"],
        ["1063", "1075", "-", "1075", "208", "1283"],
      ])
    // The total has no label: reported, not exported.
    #expect(reader.diagnostics.map(\.text).contains("2,992 3,006 368 3,374 814 4,187"))
  }

  /// Without a formula in the header the same line is no proven table.
  @Test func noFormulaNoTable() {
    let line = Self.rinya.replacingOccurrences(of: "C=A+B", with: "").replacingOccurrences(
      of: "C+D", with: "")
    #expect(
      FormulaFlatTable.read(
        Line(number: 1, scalars: Array(line.unicodeScalars)),
        parser: FigureParser(lexicon: .standard))
        == nil)
  }
}
