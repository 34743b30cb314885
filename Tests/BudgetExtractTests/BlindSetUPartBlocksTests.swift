import BudgetModel
import Testing

@testable import BudgetExtract

/// A table's last row printed one cell per line in column order, each column's cell followed
/// by its `うち` part (内閣官房 国土強靱化関係予算, blind set U; `PartBlock`).
@Suite struct BlindSetUPartBlocksTests {
  // national-r1-kyojinka-3kanen-web lines 28-47.
  static let ministries = [
    "1)予算の状況(国費ベース)", "",
    "令和元年度予算(百万円) 平成30年度二次補正予算(百万円)",
    "内閣府 9,919 15,105", "警察庁 12,395 54,478", "総務省 7,545 8,290", "法務省 39,876 23,394",
    "文部科学省 213,286 78,422", "厚生労働省 68,961 29,067", "農林水産省 120,740 93,825",
    "経済産業省 65,630 28,500", "国土交通省 730,796 632,326", "環境省 24,699 105,800",
    "防衛省 50,836 13,077",
    "合計 1,344,683", "(うち公共事業関係費)", "850,300", "1,082,284", "(うち公共事業関係費)",
    "779,500",
  ]

  // national-r2-kyojinka-yosan-an lines 35-53.
  static let draft = [
    "令和2年度国土強靱化関係予算案のポイント", "",
    "令和2年度当初予算案 (参考)前年度当初予算 (参考)対前年度比", "",
    "国土強靱化関係予算(3か年緊急対策を除く)", "", "40,574", "", "(うち公共事業関係費)", "",
    "34,535", "", "39,519", "", "(うち公共事業関係費)", "", "34,090", "", "1.03", "",
    "(国費、単位:億円)",
  ]

  @Test func theRowsSumToEachColumnsWhole() throws {
    let reader = BlindSetUGapsTests.withPostPasses(Self.ministries)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "百万円" && table.rows.count == 13 && table.confirmed)
    let total = table.rows[11]
    let part = table.rows[12]
    #expect(total.label == "合計" && BlindSetUGapsTests.numbers(total) == ["1344683", "1082284"])
    #expect(total.cellLines == [15, 18])
    #expect(part.isPartOfAbove && BlindSetUGapsTests.numbers(part) == ["850300", "779500"])
    #expect(part.cellLines == [17, 20])
    #expect(!reader.diagnostics.contains { (4...20).contains($0.span.line) })
  }

  @Test func theRatioProvesTheWholesWhenNoRowIsPrinted() throws {
    let reader = BlindSetUGapsTests.withPostPasses(Self.draft)
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円" && table.rows.count == 2)
    #expect(table.rows[0].label == "国土強靱化関係予算(3か年緊急対策を除く)")
    #expect(BlindSetUGapsTests.numbers(table.rows[0]) == ["40574", "39519"])
    #expect(BlindSetUGapsTests.numbers(table.rows[1]) == ["34535", "34090"])
    #expect(table.meanings?.count == 2)
    // The ratio is no measure of the schema: still reported.
    #expect(reader.diagnostics.contains { $0.span.line == 19 })
  }

  // A whole one unit off the rows' sum, a ratio the wholes do not give, parts under two
  // different labels, a part larger than its whole: nothing proves the block; nothing read.
  @Test func noProofNoTable() {
    var sum = Self.ministries
    sum[14] = "合計 1,344,684"
    var ratio = Self.draft
    ratio[18] = "1.05"
    var labels = Self.draft
    labels[14] = "(うち非公共)"
    var larger = Self.draft
    larger[10] = "44,535"
    for texts in [sum, ratio, labels, larger] {
      #expect(BlindSetUGapsTests.withPostPasses(texts).tables.isEmpty)
    }
  }
}
