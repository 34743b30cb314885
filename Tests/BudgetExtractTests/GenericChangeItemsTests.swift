import BudgetModel
import Testing

@testable import BudgetExtract

/// Items whose amounts are bare numbers under the list's unit statement, each with its change
/// against the prior year in parentheses (issue #20: saibansho-r7-gaisan-yokyu, blind set G).
@Suite struct GenericChangeItemsTests {
  static let lines = [
    "2025年度裁判所予算の概算要求の概要", "(単位 : 百万円)", "※（注記）",
    "1.裁判事務処理態勢の充実 31,199(前年比 +20,337)", "○ 裁判手続等のデジタル化関連経費",
    "25,715(前年比 +20,134)", "◇ 民事訴訟手続のデジタル化 9,263(前年比 +4,383)",
    "◇ 刑事手続のデジタル化 7,070(前年比 +6,893)",
    "◇ 民事非訟(執行・保全・倒産等)・家事事件手続のデジタル化 8,429(前年比+ 8,151)",
    "◇ 司法行政のデジタル化 952(前年比 +707)", "○ 家庭裁判所の充実強化関連経費", "5,485(前年比 +203)",
    "2.裁判所施設の整備 17,567(前年比 +2,929)",
  ]

  // 9,263 + 7,070 + 8,429 + 952 = 25,714 (25,715 printed, rounding) and the changes
  // 4,383 + 6,893 + 8,151 + 707 = 20,134; 25,715 + 5,485 = 31,200 (31,199) and
  // 20,134 + 203 = 20,337: the list adds up, each figure takes the stated unit.
  @Test func itemsThatAddUpTakeTheStatedUnit() {
    let reader = GenericReader.reading(Self.lines)
    let items = reader.amountLines.filter { $0.change != nil }
    #expect(items.map(\.span.line) == [4, 6, 7, 8, 9, 10, 12, 13])
    #expect(items.first?.label == "裁判事務処理態勢の充実")
    #expect(items[1].label == "裁判手続等のデジタル化関連経費")
    #expect(
      items.map { $0.amount.amount?.parts.first?.number.significand }
        == [31199, 25715, 9263, 7070, 8429, 952, 5485, 17567])
    #expect(items.allSatisfy { $0.amount.amount?.parts.first?.unit == "百万円" })
    #expect(
      items.map { $0.change?.amount?.parts.first?.number.significand }
        == [20337, 20134, 4383, 6893, 8151, 707, 203, 2929])
    #expect(items.allSatisfy { $0.change?.amount?.isNegative == false })
  }

  // A sub-item that does not add up (9,263 printed 9,863): nothing of the list is certain,
  // every item is reported; with no unit statement the items are not read.
  @Test func aListThatDoesNotAddUpIsReported() {
    var wrong = Self.lines
    wrong[6] = "◇ 民事訴訟手続のデジタル化 9,863(前年比 +4,383)"
    let reader = GenericReader.reading(wrong)
    #expect(reader.amountLines.allSatisfy { $0.change == nil })
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [4, 6, 7, 8, 9, 10, 12, 13]))
    var noUnit = Self.lines
    noUnit[1] = ""
    #expect(GenericReader.reading(noUnit).amountLines.allSatisfy { $0.change == nil })
  }

  // A flat list (no sub-items) has nothing to prove its reading: reported.
  @Test func aFlatListIsReported() {
    let flat = [Self.lines[1], Self.lines[3], Self.lines[12]]
    let reader = GenericReader.reading(flat)
    #expect(reader.amountLines.isEmpty)
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [2, 3]))
  }

  @Test func entries() {
    #expect(
      ChangeItem.parse("◇ 刑事手続のデジタル化 7,070(前年比 +6,893)")
        == .init(label: "◇ 刑事手続のデジタル化", amount: 7070, word: "前年比", change: 6893))
    #expect(
      ChangeItem.parse("25,715(前年比 ▲20,134)")
        == .init(label: "", amount: 25715, word: "前年比", change: -20134))
  }

  @Test(arguments: [
    "○ 項目 7,070(前年比 105%)", "○ 項目 7,070(前年比 6,893)", "○ 項目 7,070(前年比 +6,893)を計上",
    "○ 項目 7,07(前年比 +6,893)", "○ R6 7,070(前年比 +6,893)", "○ 項目 7,070億円(前年比 +6,893億円)",
  ])
  func notEntries(_ text: String) {
    #expect(ChangeItem.parse(text) == nil)
  }
}
