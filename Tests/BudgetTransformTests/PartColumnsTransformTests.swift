import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Proven part columns (`ColumnMeaning.partOf`) are exported as entries of their own, each
/// figure with its column's measure, marked `part_of` and not counted toward totals
/// (national-r2-shuyo-keihi-rinji-finance's 主要経費別内訳, printed as a PDF page prints it:
/// the groups on one line, their `うち` parts on the next).
@Suite struct PartColumnsTransformTests {
  static let text = """
    令和2年度予算のポイント
    (単位:億円)
    令和元年度予算(当初) 令和2年度予算(当初) 増減額
    うち通常分 うち臨時・特別の措置 うち通常分 うち臨時・特別の措置 うち通常分 うち臨時・特別の措置
    一般歳出 619,639 599,359 20,280 634,972 617,184 17,788 +15,333 +17,825 ▲2,492
    社会保障関係費 341,306 340,627 679 358,608 358,121 487 +17,302 +17,495 ▲193
    恩給関係費 2,097 2,097 - 1,750 1,750 - ▲347 ▲347 -

    """

  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(
      mappings: Support.mappings,
      overrides: IdentityOverrides(organization: "national", phase: "proposal")
    )
    .transform(extracted)
  }

  @Test func partsAreEntriesOfTheirOwnNotCounted() throws {
    let doc = try transform(Self.text)
    #expect(
      doc.summary.map(\.label) == [
        "一般歳出", "一般歳出 うち通常分", "一般歳出 うち臨時・特別の措置",
        "社会保障関係費", "社会保障関係費 うち通常分", "社会保障関係費 うち臨時・特別の措置",
        "恩給関係費", "恩給関係費 うち通常分",
      ])
    let part = try #require(doc.summary.first { $0.label == "一般歳出 うち臨時・特別の措置" })
    #expect(part.figures.map(\.measure) == [.priorInitial, .budget, .change])
    #expect(
      part.figures.map(\.amountJPY) == [2_028_000_000_000, 1_778_800_000_000, -249_200_000_000])
    #expect(part.figures.allSatisfy { !$0.countsTowardTotal && $0.marker == .partOf })
    let whole = try #require(doc.summary.first { $0.label == "一般歳出" })
    #expect(whole.figures.allSatisfy { $0.countsTowardTotal })
  }

  // 社会保障関係費's 通常分 printed 358,221 (its parts no longer add up to 358,608): no part is
  // proven, every part cell reported, the groups still exported.
  @Test func unprovenPartsAreReported() throws {
    let doc = try transform(Self.text.replacingOccurrences(of: "358,121", with: "358,221"))
    #expect(!doc.summary.contains { $0.label.contains("うち") })
    #expect(doc.findings.contains { $0.message.contains("no measure of the schema") })
  }
}
