import BudgetModel
import Testing

@testable import BudgetExtract

/// A 総括表 whose header names its columns by sum formulas (`C=A+B`, `C+D`) and prints no
/// year, the title above its unit statement does (national-h10-kagaku-gijutsu-yosan-an lines
/// 33-79; issue #20).
@Suite struct SumFormulaTests {
  static let title = "平成10年度予算案科学技術関係経費(省庁別総括表)"
  static let header = [
    "", "(単位:百万円)", "", "事項", "", "省庁別", "", "   一般会計中の", "科学技術関係費", "", "C=A+B", "",
    "   特別会計中の", "科学技術関係費", "", "   科学技術関係経費", "総    額", "", "C+D", "", "  ",
    "科学技術", "振興費", "", "   その他の", "一般会計中の", "研究関係費", "", "           ", "対前年度",
    "伸び率%", "対前年度", "伸び率%", "対前年度", "伸び率%", "対前年度", "伸び率%", "対前年度", "伸び率%",
  ]
  static let rows = [
    "国        会 611 3.3 - - 611 3.3 - - 611 3.3",
    "日本学術会議 - - 1,306 △3.3 1,306 △3.3 - - 1,306 △3.3",
    "警  察  庁 2,124 42.3 24 0.0 2,147 41,7 - - 2,147 41.7",
    "防  衛  庁 - - 144,176 △17.8 144,176 △17.8 - - 144,176 △17.8",
    "科学技術庁 399,580 4.6 185,542 △1.9 585,122 2.4 155,010 △4.9 740,132 0.8",
  ]

  func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    for line in lines { reader.read(line) }
    reader.finish()
    reader.readSumFormulaTables(lines)
    return reader
  }

  func cells(_ table: SummaryTableRecord) -> [String] {
    table.rows.map { row in
      "\(row.label) \(row.cells[0].amount.map { "\($0.parts[0].number)" } ?? "-")"
    }
  }

  @Test func theSumAndTheTotalAndItsOtherPart() throws {
    let reader = reading([Self.title] + Self.header + Self.rows)
    let tables = reader.tables.filter { $0.unit == "百万円" }
    #expect(tables.map { $0.columns.first } == ["一般会計中の科学技術関係費", "特別会計中の科学技術関係費", "科学技術関係経費総額"])
    // 警察庁's damaged rate (`41,7`) is one empty cell: 2,124 + 24 = 2,148, printed 2,147.
    #expect(
      cells(tables[0]) == ["国会 611", "日本学術会議 1306", "警察庁 2147", "防衛庁 144176", "科学技術庁 585122"])
    #expect(cells(tables[1]) == ["科学技術庁 155010"])
    #expect(
      cells(tables[2]) == ["国会 611", "日本学術会議 1306", "警察庁 2147", "防衛庁 144176", "科学技術庁 740132"])
    #expect(
      tables.allSatisfy {
        $0.meanings?.first?.fiscalYearLabel == "平成10年度" && $0.meanings?.first?.stage == .proposal
      })
    // The damaged rate, and the parts A and B with the rates, stay reported.
    let last = Self.header.count + 1 + Self.rows.count
    #expect(
      reader.diagnostics.contains { $0.span.line == last - 2 && $0.message.contains("damaged") })
    #expect(reader.diagnostics.contains { $0.span.line == last && $0.kind == .tableUnconfirmed })
  }

  // A total the parts do not add up to (科学技術庁 585,000), or a title with no year: nothing.
  @Test func withoutItsProofsNothingIsRead() {
    var rows = Self.rows
    rows[4] = "科学技術庁 399,580 4.6 185,542 △1.9 585,000 2.4 155,010 △4.9 740,132 0.8"
    #expect(reading([Self.title] + Self.header + rows).tables.isEmpty)
    #expect(reading(["科学技術関係経費(省庁別総括表)"] + Self.header + Self.rows).tables.isEmpty)
  }

  @Test func formulaLetters() {
    #expect(GenericReader.formulaLetters("C=A+B", defines: true) == ["C", "A", "B"])
    #expect(GenericReader.formulaLetters("C+D", defines: false) == ["C", "D"])
    #expect(GenericReader.formulaLetters("B-A", defines: false) == nil)
    #expect(GenericReader.formulaLetters("C=A+A", defines: true) == nil)
  }
}
