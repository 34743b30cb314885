import BudgetModel
import Foundation
import Testing

@testable import BudgetETL

/// Issue #10: a structural oddity of the input (a heading missing or repeated, a headline
/// stated twice, a section number that cannot be read, a stray figure or expense line) is a
/// finding with its input lines, and the rest of the document still exports: every id is
/// unique, every parent exists, and the XML passes its schema.
@Suite struct StructuralOddityTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let pipeline = try! Pipeline(mappingsDirectory: root.appendingPathComponent("Mappings"))
  static let lines = try! String(
    contentsOf: root.appendingPathComponent("Inputs/soumu-r6-yosan-an-gaiyo.txt"), encoding: .utf8
  )
  .components(separatedBy: "\n")

  /// The sample with some lines replaced (1-based; numbering kept), exported in memory.
  func export(_ edits: [Int: String]) throws -> (BudgetDocument, [ExportFile]) {
    var lines = Self.lines
    for (number, text) in edits { lines[number - 1] = text }
    let document = try Self.pipeline.transform(
      bytes: Array(lines.joined(separator: "\n").utf8), sourceName: "edited.txt")
    return (document, try Self.pipeline.export(document))
  }

  /// 1-based numbers of the sample's lines that start with `prefix`.
  func lineNumbers(_ prefix: String) -> [Int] {
    Self.lines.indices.filter { Self.lines[$0].hasPrefix(prefix) }.map { $0 + 1 }
  }

  func expectConsistent(_ document: BudgetDocument) {
    let subjects =
      document.items.map(\.id) + document.expenses.map(\.id) + document.summary.map(\.id)
      + document.filp.map(\.id)
    #expect(Set(subjects).count == subjects.count)
    #expect(Set(document.observations.map(\.id)).count == document.observations.count)
    let items = Set(document.items.map(\.id))
    #expect(document.items.allSatisfy { $0.parentId.map(items.contains) ?? true })
  }

  @Test func subItemsWhoseItemHeadingIsMissingArePlacedAndReported() throws {
    // Item 11's heading deleted in both the overview list and the detail section.
    let headings = lineNumbers("11. 郵便局のユニバーサルサービスの充実と")
    #expect(headings.count == 2)
    let (document, files) = try export(Dictionary(uniqueKeysWithValues: headings.map { ($0, "") }))
    expectConsistent(document)
    let orphans = document.findings.filter { $0.code == .orphanHeading }
    let subItemLines = lineNumbers("(1) ユニバーサルサービスの確保")
    #expect(orphans.count == 1)
    #expect(orphans.first.map { subItemLines.contains($0.lines[0]) } == true)
    #expect(orphans.first?.message.contains("placed under c4") == true)
    // The rest of the document: every other item and the XML.
    #expect(document.items.count == Support.sampleItemCount - 1)
    #expect(files.contains { $0.name == "budget.xml" })
  }

  @Test func aHeadingRepeatedAsARunningHeadIsAFinding() throws {
    let heading = try #require(lineNumbers("1. 地方の一般財源総額の確保等 199,270.1億円").first)
    // A blank line further down the same detail section becomes a copy of the heading.
    let blank = try #require((heading + 3..<heading + 40).first { Self.lines[$0 - 1].isEmpty })
    let (document, _) = try export([blank: Self.lines[heading - 1]])
    expectConsistent(document)
    let finding = try #require(document.findings.first { $0.lines.contains(blank) })
    #expect(finding.severity == .warning)
  }

  @Test func aBudgetYearPrintedEqualToThePriorYearKeepsBothFigures() throws {
    // Line 12: 令和5年度予算額 16兆8,625億円 → 令和6年度 (two budget-year headlines).
    #expect(Self.lines[11] == "令和5年度予算額\t16兆8,625億円")
    let (document, _) = try export([12: "令和6年度予算額\t16兆8,625億円"])
    expectConsistent(document)
    let finding = try #require(document.findings.first { $0.code == .repeatedHeadline })
    #expect(finding.lines.contains(11) && finding.lines.contains(12))
    let second = try #require(document.summary.first { $0.id == finding.subjectId })
    #expect(second.figures.first(.budget)?.amountJPY == 16_862_500_000_000)
  }

  @Test func twoSectionsWithOneNumberGetUniqueIds() throws {
    // The second section renumbered 第1: both sections' entries would be s1-….
    #expect(Self.lines[8] == "第1 一般会計")
    let (document, _) = try export([26: "第1 東日本大震災復興特別会計 ※総務省関係分"])
    expectConsistent(document)
    let finding = try #require(document.findings.first { $0.code == .duplicateSummaryId })
    // Lines in both sections.
    #expect(finding.lines.contains { $0 < 26 } && finding.lines.contains { $0 > 26 })
    #expect(
      document.summary.contains { $0.id == "s1-total-2" && $0.sectionTitle.hasPrefix("第1 東日本") })
  }

  @Test func strayFigureAndExpenseLinesAmongTheSummaryNotesAreKept() throws {
    #expect(Self.lines[22].isEmpty && Self.lines[23].hasPrefix("※"))
    let (document, _) = try export([23: "実証事業 10.0億円", 24: "【主な経費】実証事業 10.0億円"])
    expectConsistent(document)
    // Neither line is lost: each is in a record or a finding.
    let covered = Set(
      document.findings.flatMap(\.lines) + document.summary.map(\.span.line)
        + document.expenses.map(\.span.line))
    #expect(
      covered.contains(23)
        || document.summary.contains { $0.span.endLine >= 23 && $0.span.line <= 23 })
    #expect(covered.contains(24))
  }

  @Test func anAmountTooLargeIsReportedAsTooLarge() throws {
    let line = try #require(lineNumbers("1. 地方の一般財源総額の確保等 199,270.1億円").first)
    #expect(throws: (any Error).self) { try export([line: "1. 地方の一般財源総額の確保等 99999999999.9億円"]) }
    do {
      _ = try export([line: "1. 地方の一般財源総額の確保等 99999999999.9億円"])
    } catch {
      #expect(
        FailureText.of(error)
          == "edited.txt:\(line): amount 99999999999.9億円 is too large (the largest amount the tool carries exactly is 9,223,372,036,854,775,807 yen, about 922京円)"
      )
    }
  }
}

enum Support {
  /// Items of the sample (chapters, items, sub-items, sub-sub-items).
  static let sampleItemCount = 159
}
