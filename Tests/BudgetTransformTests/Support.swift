import BudgetExtract
import BudgetModel
import BudgetTestSupport
import BudgetTransform
import Foundation

/// The sample through the real stages (`SampleFixtures`), under the names these tests use.
enum Support {
  static let root = SampleFixtures.root
  static let mappings: MappingTables = SampleFixtures.mappings
  static let sampleBytes = Array(SampleFixtures.lines.joined(separator: "\n").utf8)
  static let sample: BudgetDocument = SampleFixtures.document

  static func item(_ code: String) -> BudgetItem? { sample.items.first { $0.code == code } }
}

/// A text through extract and transform with the identity a test states: what the suites of
/// real excerpts (`BlindSetRulesTests`, `NationalShapesTests`, `RevisedMeasureTests`, …) read.
func transform(_ text: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
  -> BudgetDocument
{
  let extracted = Extractor().extract(text: text, sourceName: "t.txt")
  return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
}

/// Every amount a document's summary exports: its measure, fiscal year and exact yen.
func amounts(_ document: BudgetDocument) -> [(Measure, Int, Int64)] {
  document.summary.flatMap(\.figures).compactMap { f in
    f.amountJPY.map { (f.measure, f.fiscalYear, $0) }
  }
}

/// One line after homu-r7-gaisan-yokyu's head (lines 1-3: a 概算要求 of 令和7年度, 一般会計
/// 8,700億4千4百万円), the head used by the suites of line variants (`ProjectCostTests`,
/// `ConjunctionAmountsTests`): the amounts exported besides the head's total, which must be.
func amountsAfterHomuHead(_ line: String) throws -> [(Measure, Int, Int64)] {
  let head = "令和7年度概算要求について\n法 務 省\n一般会計 8,700億4千4百万円\n"
  let total: Int64 = 870_044_000_000
  let found = amounts(try transform(head + line + "\n"))
  guard found.contains(where: { $0 == (.budget, 2025, total) }) else {
    throw HeadNotRead(line: line)
  }
  return found.filter { $0.2 != total }
}

/// The head's total was not exported: the variant changed more than its own line's reading.
struct HeadNotRead: Error { let line: String }

/// A small table of homu-r7-gaisan-yokyu's figures (法務省所管 and デジタル庁所管, 百万円) under
/// the header a variant gives it, in a 予算(案) of 令和7年度: B − A = C on every row, Σ rows = 合計
/// (HuntVariants4Tests, HuntVariants5Tests).
func homuTable(_ header: String, unit: String = "(単位:百万円)\n") -> String {
  """
  令和7年度予算(案)の概要
  法 務 省
  \(unit)区 分 \(header)
  法務省所管 741,140 783,185 42,045
  デジタル庁所管 65,000 87,079 22,079
  合 計 806,140 870,264 64,124

  """
}
