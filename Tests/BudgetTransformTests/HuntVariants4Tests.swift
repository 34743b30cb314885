import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures hunt3 found by varying real fixture lines and left (branch hunt4; issue #20):
/// each variant's figure must be reported, or read with the measure and marker the document
/// means.
@Suite struct HuntVariants4Tests {
  /// kokudo-r2-kishocho-yosan-suii-web's year series (lines 10-12) with one year's amount
  /// printed with the supplementary part it holds.
  static let series = """
    （ページ案内）
    ◆
    気象庁関係予算の概要(予算総括表の単位は百万円)
    当初予算額の推移
    令和 2年度(2020年度) 594億9200万円
    平成31年度(2019年度) 607億6500万円(うち補正 10億円)
    平成30年度(2018年度) 568億0300万円
    """

  /// Every figure of a document, or none when it is refused whole.
  func figuresOrNone(_ text: String, _ overrides: IdentityOverrides) throws -> [(
    Measure, Int, Int64
  )] {
    // Refused whole (no figure, no unit): nothing exported.
    do { return amounts(try transform(text, overrides)) } catch is BudgetTransformError {
      return []
    }
  }

  // `607億6500万円(うち補正 10億円)`: the amount holds a supplementary part, so it is no
  // initial budget; it was exported as 平成31年度's initial budget.
  @Test func anAmountHoldingASupplementaryPartIsNoInitialBudget() throws {
    let overrides = IdentityOverrides(organization: "kokudo", fiscalYear: 2020, phase: "enacted")
    let found = try figuresOrNone(Self.series + "\n", overrides)
    #expect(!found.contains { $0.2 == 60_765_000_000 })
    #expect(found.contains { $0 == (.budget, 2020, 59_492_000_000) })
  }

  // The same in an item line: `人権擁護推進費 1,000億円(うち補正 100億円)` is not the request.
  @Test func anItemHoldingASupplementaryPartIsReported() throws {
    let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
    let found = try figuresOrNone(
      head + "人権擁護推進費 1,000億円(うち補正予算 100億円)\n", IdentityOverrides())
    #expect(!found.contains { $0.2 == 100_000_000_000 })
    // With a year inside the part (`(うち令和6年度補正 100億円)`) the part is read as an amount
    // of its own; the line is still not read (the lead, after hunt4: it had been exported).
    let dated = try figuresOrNone(
      head + "人権擁護推進費 1,000億円(うち令和6年度補正 100億円)\n", IdentityOverrides())
    #expect(!dated.contains { $0.2 == 100_000_000_000 || $0.2 == 10_000_000_000 })
    // A part that names no stage keeps its reading (`(うちODA 100億円)`).
    let part = try amountsAfterHomuHead("人権擁護推進費 1,000億円(うちODA 100億円)")
    #expect(part.contains { $0 == (.budget, 2025, 100_000_000_000) })
  }

  // `7年度 8年度` (bare years) over a table in 令和7年度's document: the first column (the
  // later year's prior) was exported as 令和7年度's budget.
  @Test(arguments: ["7年度 8年度 増△減額", "令和7年度 令和8年度 増△減額", "7年度 8年度"])
  func aColumnOfALaterYearMakesTheTableUncertain(_ header: String) throws {
    let found = try figuresOrNone(homuTable(header), IdentityOverrides())
    #expect(!found.contains { $0.2 == 741_140_000_000 || $0.2 == 806_140_000_000 })
  }

  // The budget year and the prior year, bare or with their era, are still read.
  @Test(arguments: ["6年度 7年度 増△減額", "令和6年度 令和7年度 増△減額"])
  func theBudgetYearAndThePriorYearAreRead(_ header: String) throws {
    let found = amounts(try transform(homuTable(header)))
    #expect(found.contains { $0 == (.priorInitial, 2024, 806_140_000_000) })
    #expect(found.contains { $0 == (.budget, 2025, 870_264_000_000) })
    #expect(found.contains { $0 == (.change, 2025, 64_124_000_000) })
  }

  /// Every figure of the document with its marker and whether it counts toward a total.
  func marked(_ line: String) throws -> [(Int64, FigureMarker?, Bool)] {
    let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
    let document = try transform(head + line + "\n")
    return document.summary.flatMap(\.figures).compactMap { f in
      f.amountJPY.map { ($0, f.marker, f.countsTowardTotal) }
    }
  }

  // `うち要望 300億円`, `〔再掲〕 900億円` as item lines: exported as budgets counting toward
  // the total (a part and a repost are counted elsewhere).
  @Test(arguments: [
    ("うち要望 300億円", FigureMarker.partOf), ("内 重点要求 300億円", .partOf),
    ("○人権擁護推進費 1,000億円\nうち要望 300億円", .partOf),
    ("〔再掲〕 300億円", .reposted), ("(再掲)人権擁護推進費 300億円", .reposted),
    ("【再掲】人権擁護推進費 300億円", .reposted),
  ])
  func aPartOrARepostDoesNotCount(_ line: String, _ marker: FigureMarker) throws {
    let found = try marked(line).filter { $0.0 == 30_000_000_000 }
    #expect(!found.isEmpty)
    #expect(found.allSatisfy { $0.1 == marker && !$0.2 })
  }

  // `内閣府…` is a name, not `内`: still counted.
  @Test func aNameOpeningWithTheKanjiOfPartCounts() throws {
    let found = try marked("内閣府共管経費 300億円").filter { $0.0 == 30_000_000_000 }
    #expect(found.count == 1 && found.allSatisfy { $0.1 == nil && $0.2 })
  }

  // `令和6年度予算額(千円) 令和7年度要求額(百万円)`: both columns were read in 百万円 (the
  // first unit found), the prior year 1,000 times too large.
  @Test(arguments: [
    ("令和6年度(千円) 令和7年度(百万円) 増△減額(百万円)", ""),
    ("令和6年度(百万円) 令和7年度(千円) 増△減額", ""),
    ("令和6年度(千円) 令和7年度(百万円) 増△減額", "(単位:百万円)\n"),
  ])
  func columnsOfDifferentUnitsAreReported(_ header: String, _ unit: String) throws {
    let found = try figuresOrNone(homuTable(header, unit: unit), IdentityOverrides())
    #expect(!found.contains { [741_140_000_000, 806_140_000_000, 870_264_000_000].contains($0.2) })
  }

  // One unit printed in every column is still the table's.
  @Test func columnsOfOneUnitAreRead() throws {
    let header = "令和6年度(百万円) 令和7年度(百万円) 増△減額(百万円)"
    let found = amounts(try transform(homuTable(header)))
    #expect(found.contains { $0 == (.budget, 2025, 870_264_000_000) })
  }

  // `(再掲)人権擁護` as a table row after the total: its figures counted toward totals.
  @Test func aRepostedTableRowDoesNotCount() throws {
    let text = homuTable("令和6年度 令和7年度 増△減額") + "(再掲)人権擁護 65,000 87,079 22,079\n"
    let row = try transform(text).summary.first { $0.label == "(再掲)人権擁護" }
    let figures = try #require(row?.figures)
    #expect(figures.contains { $0.amountJPY == 87_079_000_000 && $0.measure == .budget })
    #expect(figures.allSatisfy { $0.marker == .reposted && !$0.countsTowardTotal })
  }
}
