import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Set T's gaps (issue #20, branch gapst): the real lines of national-h12- and
/// national-h16-shogaisha-shisaku-yosan (a legend of parentheses or brackets printed on its
/// own), keisan-h19-chusho-gaisan-yokyu-gaiyo (one row one cell per line, its label the
/// heading above) and national-r4-koreishakai-hakusho-yosan (a sentence's total and parts
/// with a note glued after its last amount), each with a variant that must not be read.
@Suite struct BlindSetTGapsTests {
  static let h12 = IdentityOverrides(organization: "national", fiscalYear: 2000, phase: "enacted")
  static let h16 = IdentityOverrides(organization: "national", fiscalYear: 2004, phase: "enacted")

  /// national-h12 lines 13-38: a reference block, the legend, two ministries' items.
  func h12(legend: String, soumu: String = " 7000万円(7000万円)") throws -> [(Measure, Int, Int64)] {
    let text = [
      "平成12年度障害者施策予算について", "", "(参考)", " 一般会計  84兆9871億円",
      " 増加額    3兆1269億円", " 伸率        3.8%増", "", legend, "", "■総理府", "",
      soumu, "", "■警察庁", "", " 5億7300万円(4億2900万円)",
    ].joined(separator: "\n")
    return amounts(try transform(text + "\n", Self.h12))
  }

  @Test func aLegendOfParenthesesOnItsOwnLineNamesThePriorYear() throws {
    let found = try h12(legend: " （説明文）〔( )内 11年度当初予算額（注記）〕。")
    #expect(found.contains { $0 == (.budget, 2000, 70_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 1999, 70_000_000) })
    #expect(found.contains { $0 == (.budget, 2000, 573_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 1999, 429_000_000) })
    #expect(!found.contains { $0.2 == 84_987_100_000_000 })
  }

  // Before, the legend was the heading of the items below: their own amounts were exported
  // as 平成11年度's initial budget (8000万円 here, a wrong figure).
  @Test func theItemsOwnAmountIsNeverTheLegendsYear() throws {
    let found = try h12(
      legend: " （説明文）〔( )内 11年度当初予算額（注記）〕。", soumu: " 8000万円(7000万円)")
    #expect(found.contains { $0 == (.budget, 2000, 80_000_000) })
    #expect(!found.contains { $0.1 == 1999 && $0.2 == 80_000_000 })
  }

  // A legend naming a year two back: the figures in parentheses are not the prior year's.
  @Test func aLegendOfAnotherYearLeavesTheParenthesesReported() throws {
    let found = try h12(legend: " （説明文）〔( )内 10年度当初予算額（注記）〕。")
    #expect(found.contains { $0 == (.budget, 2000, 70_000_000) })
    #expect(!found.contains { $0.0 == .priorInitial })
  }

  /// national-h16 lines 24-28: a legend of brackets, then an item under its name.
  func h16(legend: String) throws -> [(Measure, Int, Int64)] {
    let text = [
      "各省庁における平成16年度障害者施策予算について", "", legend, "", "○内閣府", "",
      "196百万円〔220百万円〕",
    ].joined(separator: "\n")
    return amounts(try transform(text + "\n", Self.h16))
  }

  @Test func aLegendOfBracketsReadsTheBracketAsThePriorYear() throws {
    let found = try h16(legend: "（説明文）(〔 〕内 15年度当初予算額（注記）)")
    #expect(found.contains { $0 == (.budget, 2004, 196_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 2003, 220_000_000) })
  }

  // Without a legend (or one of something else) the bracket says nothing: not read.
  @Test(arguments: ["（説明文）", "（説明文）(〔 〕内 15年度補正後予算額（注記）)"])
  func withoutALegendTheBracketIsNotRead(_ legend: String) throws {
    let found = (try? h16(legend: legend)) ?? []
    #expect(!found.contains { $0.2 == 220_000_000 })
  }

  /// keisan-h19 lines 3-44 (the headings between left out).
  func keisanH19(change: String) throws -> [(Measure, Int, Int64)] {
    let text = [
      "平成19年度", "中小企業関係概算要求・財政投融資要求の概要", "", "平成18年8月25日",
      "経済産業省", "中小企業庁", "", "?.概算要求額及び財政投融資要求額", "", "  1. 概算要求額",
      "    平成19年度要求額", "    平成18年度予算額", "    対前年増減", "    1,493億円",
      "    1,204億円", "    \(change)", "",
      "    ※この他、財務省、厚生労働省 518億円（説明文）(平成18年度:412億円)",
    ].joined(separator: "\n")
    // The title names a theme (`中小企業関係`): the organization is the option's.
    return amounts(try transform(text + "\n", IdentityOverrides(organization: "keisan")))
  }

  @Test func aRowOfCellsOnePerLineTakesTheHeadingAbove() throws {
    let found = try keisanH19(change: "+289億円")
    #expect(found.contains { $0 == (.budget, 2007, 149_300_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 2006, 120_400_000_000) })
    #expect(found.contains { $0 == (.change, 2007, 28_900_000_000) })
    #expect(!found.contains { $0.2 == 51_800_000_000 })
  }

  @Test func aRowWhoseArithmeticFailsIsNotRead() throws {
    let found = (try? keisanH19(change: "+280億円")) ?? []
    #expect(!found.contains { $0.2 == 149_300_000_000 })
  }

  /// national-r4-koreishakai line 9, with `tail` after its last amount.
  func koreishakai(tail: String) throws -> [(Measure, Int, Int64)] {
    let text =
      "第2章 令和4年度高齢社会対策の実施の状況(第1節 4)\n\n4 高齢社会対策関係予算\n\n"
      + "（説明文）一般会計予算 関係予算 令和4年度 22兆9,749億円（説明文）各分野別 "
      + "就業・所得分野13兆2,242億円、健康・福祉分野9兆7,053億円、学習・社会参加分野200億円、"
      + "生活環境分野33億円、研究開発・国際社会への貢献等分野71億円、全ての世代の活躍推進分野150億円"
      + tail + "\n"
    let overrides = IdentityOverrides(organization: "national", fiscalYear: 2022, phase: "enacted")
    return amounts(try transform(text, overrides))
  }

  @Test func aNoteGluedAfterTheLastAmountLeavesTheSentenceRead() throws {
    let found = try koreishakai(tail: "（注記）")
    #expect(found.contains { $0 == (.budget, 2022, 22_974_900_000_000) })
    #expect(found.contains { $0 == (.budget, 2022, 15_000_000_000) })
    #expect(found.count == 7)
  }

  // A note after words (not glued to an amount) still makes the line a note's.
  @Test func aNoteAfterWordsKeepsTheLineANote() throws {
    let found = (try? koreishakai(tail: "（説明文）（注記）")) ?? []
    #expect(found.isEmpty)
  }

  /// national-h12 line 10, its comparison `tail` after `に対し`.
  func h12Headline(_ tail: String) throws -> [(Measure, Int, Int64)] {
    let text =
      "平成12年度障害者施策予算について\n\n 平成12年度の障害者施策関係予算 総額で1兆2128億円（説明文）"
      + "平成11年度の関係当初予算1兆1491億円に対し\(tail)（説明文）\n"
    return amounts(try transform(text, Self.h12))
  }

  @Test func anEarlierAmountComparedWithに対しIsProvenByTheArithmetic() throws {
    let found = try h12Headline("637億円(5.5%)の増")
    #expect(found.contains { $0 == (.budget, 2000, 1_212_800_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 1999, 1_149_100_000_000) })
    #expect(found.contains { $0 == (.change, 2000, 63_700_000_000) })
  }

  // A change that does not add up, or no rate printed: nothing ties the amounts.
  @Test(arguments: ["627億円(5.5%)の増", "637億円の増", "637億円(4.5%)の増"])
  func aComparisonThatDoesNotHoldIsNotRead(_ tail: String) throws {
    let found = (try? h12Headline(tail)) ?? []
    #expect(!found.contains { $0.2 == 1_212_800_000_000 })
  }
}
