import BudgetModel
import Testing

@testable import BudgetExtract

/// Headline amounts named by the lines of a settlement account (`GenericReader+AccountAmounts`)
/// and rates in parentheses after an amount, on fukko-h27-kessan-kisha (復興庁 平成27年度復興予算の
/// 決算等について; issue #20).
@Suite struct AccountAmountsTests {
  static func read(_ texts: [String]) -> GenericReader {
    var reader = GenericReader.reading(texts)
    reader.reportAccountAmounts()
    return reader
  }

  func amounts(_ reader: GenericReader) -> [String] {
    reader.amountLines.map {
      "\(Self.word($0.label)) \($0.amount.amount?.parts[0].number.description ?? "-")"
    }
  }

  static func word(_ label: String) -> String { GenericReader.accountWord(label) }

  // 37,098 ≤ 56,328: the year's settled expenditure is kept; 歳出予算現額 is no measure, and
  // 276,231 (the five years of the 集中復興期間) exceeds the account's budget: both reported.
  @Test func onlyTheSettledAmountsTheAccountBounds() {
    let reader = Self.read([
      "(1)概要", "●収納済歳入額 51,344 億円", "●支出済歳出額 37,098 億円", "(2)執行状況",
      "●歳出予算現額 56,328 億円", "集中復興期間における復興関連予算の執行状況", "●支出済歳出額 276,231 億円",
    ])
    #expect(amounts(reader) == ["収納済歳入額 51344", "支出済歳出額 37098"])
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
    #expect(reader.diagnostics.contains { $0.span.line == 7 })
  }

  // Without a bound printed, a settled amount is kept as printed.
  @Test func withoutTheAccountsBudgetTheSettledAmountIsKept() {
    let reader = Self.read(["●支出済歳出額 276,231 億円", "●不用額 5,119 億円"])
    #expect(amounts(reader) == ["支出済歳出額 276231"])
  }

  // `(執行率 65.9)`: a figure named by a rate is no prior-year amount (it was 65.9億円).
  @Test(arguments: ["●支出済歳出額 37,098 億円(執行率 65.9)", "事業費 1,200 億円(伸率 3.2)"])
  func aRateInParenthesesIsNoPriorAmount(_ text: String) {
    let reader = GenericReader.reading([text])
    #expect(reader.amountLines.allSatisfy { $0.prior == nil })
  }
}
