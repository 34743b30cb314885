import BudgetModel
import Testing

@testable import BudgetExtract

/// The two sides of a settlement account run together, each its words over rows of years
/// (keisan-r2-tokkyo-tokkai-kessan-kensain lines 19-26, 会計検査院 令和2年度決算検査報告 特許特別会計;
/// issue #20): each side is read on its own, proven by its own identities.
@Suite struct SettlementSidesTests {
  static let account = [
    "歳入",
    "徴収決定済額(千円) 収納済歳入額(千円) 不納欠損額(千円) 収納未済歳入額(千円)",
    "2年度 217,745,164 217,745,123 41",
    "元年度 246,945,604 246,945,584 20",
    "歳出",
    "歳出予算現額(千円) 支出済歳出額(千円) 翌年度繰越額(千円) 不用額(千円)",
    "2年度 164,960,492 149,261,364 2,031,162 13,667,964",
    "元年度 166,550,091 156,876,295 21,450 9,652,346",
  ]

  // 149,261,364 + 2,031,162 + 13,667,964 = 164,960,490 (printed …492, each cell cut to the
  // 千円); 156,876,295 + 21,450 + 9,652,346 = 166,550,091: the settled expenditure of each year.
  // The revenue rows print three cells under four words (which of 不納欠損額 / 収納未済歳入額
  // the 41 is, is not printed): not read, reported.
  @Test func theExpenditureSideIsReadOnItsOwn() throws {
    let reader = SettlementAccountTests.read(Self.account)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.unit == "千円")
    #expect(table.columns == ["2年度", "元年度"])
    #expect(table.rows.map(\.label) == ["支出済歳出額"])
    #expect(table.rows.map(SettlementAccountTests().figures) == [["149261364", "156876295"]])
    #expect(reader.diagnostics.contains { $0.span.line == 3 })
  }

  // A side whose identity fails (支出済歳出額 changed) is not read; the other side is not
  // affected by it.
  @Test func aSideWhoseIdentityFailsIsNotRead() {
    var lines = Self.account
    lines[6] = "2年度 164,960,492 149,961,364 2,031,162 13,667,964"
    let reader = SettlementAccountTests.read(lines)
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "支出済歳出額" } })
    #expect(reader.diagnostics.contains { $0.span.line == 7 })
  }

  @Test func theSidesOfTheBlock() {
    let tokens = Self.account.enumerated().compactMap { k, text in
      SettlementAccount.tokens(text, line: k + 1, parser: FigureParser(lexicon: .standard))
    }
    #expect(tokens.count == 8)
    #expect(SettlementAccount.sides(tokens) == [0..<4, 4..<8])
  }
}
