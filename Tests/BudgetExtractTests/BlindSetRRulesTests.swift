import BudgetModel
import Testing

@testable import BudgetExtract

/// Shapes of blind set R (`Tests/Fixtures/RealWorld/SOURCES-r.md`; issue #20), read only where
/// the document's own arithmetic proves them.
@Suite struct BlindSetRRulesTests {
  // keisan-h13-tokkyo-tokkai-bunseki-kensain lines 21-23 (会計検査院, 特許特別会計の決算分析).
  static let structure = [
    "(歳入歳出の構造)", "", " 13年度決算 歳入1851億円 歳出954億円 剰余金897億円（説明文）",
  ]

  static func yen(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 100_000_000_000_000 }
  }

  static func read(_ lines: [String]) -> [Int128?] {
    GenericReader.reading(lines).amountLines.map { yen($0.amount) }
  }

  // 1851 = 954 + 897 is the account's identity (歳入 = 歳出 + 剰余金), not a total and its
  // parts: 歳入 and 歳出 are each an amount of their own, the surplus is reported.
  @Test func aRevenueSpendingAndSurplusLineIsNoTotalOfParts() {
    let reader = GenericReader.reading(Self.structure)
    #expect(reader.amountLines.map { Self.yen($0.amount) } == [1851, 954])
    #expect(reader.amountLines.allSatisfy { $0.isPart != true })
    #expect(reader.amountLines.allSatisfy { !$0.label.contains("のうち") })
    #expect(reader.diagnostics.contains { $0.span.line == 3 })
  }

  // The same identity in other words: another account's settled lines and 歳入歳出差引, and a
  // deficit (歳出 − 歳入 = 不足額).
  @Test func otherAccountsAndADeficitAreReadByTheirIdentity() {
    var lines = Self.structure
    lines[2] = " 18年度決算 収納済歳入額2,500億円 支出済歳出額2,100億円 歳入歳出差引400億円（説明文）"
    #expect(Self.read(lines) == [2500, 2100])
    lines[2] = " 13年度決算 歳入900億円 歳出954億円 不足額54億円（説明文）"
    #expect(Self.read(lines) == [900, 954])
    lines[2] = " 13年度決算 歳入1851億円 歳出954億円 収支差額897億円（説明文）"
    #expect(Self.read(lines) == [1851, 954])
  }

  // What must not be read: a balance that is not the difference; a line whose surplus is
  // printed first (a balance is no total of a revenue and a spending); a spending that would
  // be a part of a revenue (歳入 = 歳出 + another revenue is no sum the account makes).
  @Test func balancesAndSidesThatProveNothingAreReported() {
    var lines = Self.structure
    lines[2] = " 13年度決算 歳入1851億円 歳出954億円 剰余金800億円（説明文）"
    #expect(Self.read(lines).isEmpty)
    lines[2] = " 13年度決算 剰余金1851億円 歳出954億円 歳入897億円（説明文）"
    #expect(Self.read(lines).isEmpty)
    lines[2] = " 13年度決算 歳入1851億円 歳出954億円 雑収入897億円（説明文）"
    #expect(Self.read(lines).isEmpty)
    lines[2] = " 13年度決算 歳入1851億円 剰余金954億円 前年度剰余金897億円（説明文）"
    #expect(Self.read(lines).isEmpty)
  }

  // `前年度剰余金受入` is a revenue of the year (a term of the accounts), a part of 歳入.
  @Test func theSurplusCarriedInIsStillARevenuePart() {
    var lines = Self.structure
    lines[2] = " 13年度決算 歳入1851億円 特許料等収入980億円 前年度剰余金受入871億円（説明文）"
    let reader = GenericReader.reading(lines)
    #expect(reader.amountLines.map { Self.yen($0.amount) } == [1851, 980, 871])
    #expect(reader.amountLines.filter { $0.isPart == true }.count == 2)
  }

  // kankyo-h17-gaisan-yokyu-gaiyo lines 5-9: the comparison under the headline, a blank line
  // between; 531 / (3,368 − 531) = 18.7 %.
  static let headline = [
    "平成17年度概算要求・要望額", "", "一般会計(非公共+公共+改革推進補助等)+特別会計  3,368億円", "",
    "(対前年度 531億円増 18.7%増)",
  ]

  @Test func aChangeAndItsRateUnderTheAmountTheyProve() throws {
    let reader = GenericReader.reading(Self.headline)
    let record = try #require(reader.amountLines.first)
    #expect(Self.yen(record.amount) == 3368)
    #expect(Self.yen(record.change) == 531)
    #expect(record.changeRatePercent == DecimalNumber(ascii: "18.7"))
    #expect(!reader.diagnostics.contains { $0.span.line == 5 })
  }

  // A rate that does not hold, or a change with no rate: nothing proves them.
  @Test func aChangeBelowThatNothingProvesIsReported() {
    for text in ["(対前年度 531億円増 28.7%増)", "(対前年度 531億円増)"] {
      var lines = Self.headline
      lines[4] = text
      let reader = GenericReader.reading(lines)
      #expect(reader.amountLines.allSatisfy { $0.change == nil }, "\(text)")
      #expect(reader.diagnostics.contains { $0.span.line == 5 }, "\(text)")
    }
  }
}
