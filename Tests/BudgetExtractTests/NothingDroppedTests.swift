import BudgetExtract
import BudgetModel
import Foundation
import Testing

/// Never lose data silently: every line of the sample that carries a money figure is covered
/// by an extracted record or reported as a diagnostic.
@Suite struct NothingDroppedTests {
  @Test func everyLineWithAFigureIsAccountedFor() throws {
    let doc = SampleDocument.extracted
    let text = String(decoding: SampleDocument.bytes, as: UTF8.self)
    let uncovered = try Self.uncoveredLines(doc, text: text)
    #expect(uncovered.isEmpty, "lines with figures that no record covers: \(uncovered)")
    #expect(Self.coveredCount(doc) > 500)
  }

  static func coveredCount(_ doc: ExtractedDocument) -> Int { covered(doc).count }

  /// The lines of `text` with a money figure that no record or diagnostic of `doc` covers.
  static func uncoveredLines(_ doc: ExtractedDocument, text: String) throws -> [Int] {
    let covered = covered(doc)
    let money = try Regex(#"[0-9０-９][0-9,，.．]*\s*(億|兆|百万|千)円|[0-9][0-9,.]*\s*[(（][0-9新]"#)
    var uncovered: [Int] = []
    for (index, line) in text.components(separatedBy: "\n").enumerated()
    where line.contains(money) && !covered.contains(index + 1) {
      uncovered.append(index + 1)
    }
    return uncovered
  }

  static func covered(_ doc: ExtractedDocument) -> Set<Int> {
    var covered = Set<Int>()
    func cover(_ span: SourceSpan) { covered.formUnion(span.line...span.endLine) }
    for headline in doc.headlines { cover(headline.span) }
    for table in doc.summaryTables {
      cover(table.span)
      for row in table.rows { cover(row.span) }
    }
    for heading in doc.overview + doc.details { cover(heading.span) }
    for expense in doc.expenses { cover(expense.span) }
    for entry in doc.filp { cover(entry.span) }
    for diagnostic in doc.diagnostics { cover(diagnostic.span) }
    return covered
  }
}
