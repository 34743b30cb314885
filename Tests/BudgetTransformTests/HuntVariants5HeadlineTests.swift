import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Wrong figures hunt5 found in headline blocks and reference headings (issue #20):
/// soumu-r2-gaisan-gaiyo's headline block (lines 1-40) and keisan-r8-seifuan-p8's items under
/// `(参考)…` (lines 10-21), varied.
@Suite struct HuntVariants5HeadlineTests {
  /// soumu-r2's head and headline block, its lines replaced by `lines`.
  func soumu(_ lines: [String]) throws -> [(Measure, Int, Int64)] {
    let head = "令和2年度総務省所管予算\n概 算 要 求 の 概 要\n令和元年 8 月\n1\n令和 2 年度予算概算要求の概要\n"
    return amounts(try transform(head + lines.joined(separator: "\n") + "\n"))
  }

  static let request = "令和 2 年度 要 求 額 17 兆 1,928 億円+ 事項要求"

  // `比 較 増 減 額` under the prior year's 補正後: the change from it was exported as the change.
  @Test func aChangeUnderARevisedPriorIsReported() throws {
    let found = try soumu([
      Self.request, "令和元年度 補正後予算額 16 兆 6,295 億円", "比 較 増 減 額 00 兆 5,633 億円",
    ])
    #expect(!found.contains { $0.0 == .change })
    #expect(found.contains { $0 == (.budget, 2020, 17_192_800_000_000) })
    let real = try soumu([
      Self.request, "令和元年度 予 算 額 16 兆 6,295 億円", "比 較 増 減 額 00 兆 5,633 億円",
    ])
    #expect(real.contains { $0 == (.change, 2020, 563_300_000_000) })
  }

  // `▲ 4,367 億円`: the mark set apart from its digits; the decrease was exported as +4,367億円.
  @Test(arguments: ["▲ 4,367 億円", "△ 4,367 億円", "▲4,367 億円"])
  func aSpacedMinusMarkKeepsItsSign(_ change: String) throws {
    let found = try soumu([
      "令和 2 年度 要 求 額 16 兆 1,928 億円", "令和元年度 予 算 額 16 兆 6,295 億円",
      "比 較 増 減 額 \(change)",
    ])
    #expect(!found.contains { $0.2 == 436_700_000_000 })
    #expect(found.contains { $0 == (.change, 2020, -436_700_000_000) })
  }

  // `FY2019 予 算 額 …`: the year in English ahead of the words; exported as the request.
  @Test func aYearInEnglishIsNoBudgetYear() throws {
    let found = try soumu([Self.request, "FY2019 予 算 額 16 兆 6,295 億円"])
    #expect(!found.contains { $0.2 == 16_629_500_000_000 })
  }

  /// keisan-r8's first item, then `lines`.
  func keisan(_ lines: [String]) throws -> [(Measure, Int, Int64)] {
    let head = "経済産業、環境、司法・警察係予算\n○ 資金繰り支援\n827.2 億円※(823.1 億円※)\n※（注記）\n"
    let overrides = IdentityOverrides(organization: "keisan", fiscalYear: 2026, phase: "proposal")
    return amounts(try transform(head + lines.joined(separator: "\n") + "\n", overrides))
  }

  // A reference heading naming no year (`(参考)基金残高`), or its year without `年度`
  // (`(参考)R7補正予算`), over items: the items were exported as the budget year's budget;
  // `融資規模` as a label too.
  @Test(arguments: [
    ["(参考)基金残高", "○ 中小企業生産性革命推進事業", "3,400 億円"],
    ["(参考)融資規模", "○ 中小企業生産性革命推進事業", "3,400 億円"],
    ["(参考)R7補正予算", "○ 中小企業生産性革命推進事業", "3,400 億円"],
    ["○ 中小企業生産性革命推進事業", "融資規模 3,400 億円"],
    ["○ 中小企業生産性革命推進事業", "保証枠 3,400 億円"],
  ])
  func aReferenceOrLoanAmountIsNoBudget(_ lines: [String]) throws {
    let found = try keisan(lines)
    #expect(!found.contains { $0.0 == .budget && $0.2 == 340_000_000_000 })
    #expect(found.contains { $0 == (.budget, 2026, 82_720_000_000) })
  }

  // The real heading (line 16) still gives its items the prior year's supplementary budget.
  @Test func aReferenceHeadingWithItsYearIsRead() throws {
    let found = try keisan([
      "(参考)令和7年度補正予算における他の主な中小企業対策", "○ 中小企業生産性革命推進事業", "3,400 億円",
    ])
    #expect(found.contains { $0 == (.priorSupplementary, 2025, 340_000_000_000) })
  }

  /// gaimu-h29-gaisan-yokyu's items (lines 16-18: name, amount, change in parentheses, one per
  /// line) with the change printed as `change`.
  func gaimu(_ change: String) throws -> [(Measure, Int, Int64)] {
    let text = """
      平成29年度外務省所管予算概算要求の概要(PDF)
      1.平成29年度予算概算要求と平成28年度当初予算の比較
      ○人権擁護推進費 100億円(90億円)
      無償資金協力
      1,869億円
      \(change)

      """
    // Refused whole (every figure reported): nothing exported.
    do {
      return amounts(try transform(text, IdentityOverrides(organization: "gaimu")))
    } catch is BudgetTransformError { return [] }
  }

  // `(補正後比 +100億円)`: a change from the prior year's 補正後 was exported as the change.
  @Test(arguments: ["(補正後比 +100億円)", "(補正予算比 +100億円)", "(決算比 +100億円)"])
  func aChangeFromAnotherStageIsReported(_ change: String) throws {
    let found = try gaimu(change)
    #expect(!found.contains { $0.0 == .change })
  }
}
