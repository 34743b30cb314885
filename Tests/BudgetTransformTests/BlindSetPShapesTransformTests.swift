import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Shapes of blind set P (`Tests/Fixtures/RealWorld/SOURCES-p.md`; issue #20) read through
/// the transform: a total and its parts in one sentence, `…に632億円` cut by `,`, under a
/// heading naming the year that the label's `同年度` refers to.
@Suite struct BlindSetPShapesTransformTests {
  // kokudo-r4-kaiho-hosei-ships lines 1 and 5: 760 = 632 + 34 + 2 + 92 (億円) proves the five
  // figures; `同年度` is the heading's 令和4年度, the document's year.
  static let text = """
    ●海上保安庁令和4年度補正予算の概要

     海上保安庁の同年度補正予算計上額 760億円 内訳 戦略的海上保安体制の強化等に632億円,防災・減災,国土強靱化の推進に34億円,自然災害からの復旧・復興の加速に2億円,原油価格および電気料金高騰への対応に92億円。（説明文）

    """

  @Test func aTotalAndItsPartsCutByCommasUnderTheYearsHeading() throws {
    let document = try transform(Self.text, IdentityOverrides(organization: "kokudo"))
    let read = amounts(document)
    for yen: Int64 in [76_000_000_000, 63_200_000_000, 3_400_000_000, 200_000_000, 9_200_000_000] {
      #expect(read.contains { $0 == (.budget, 2022, yen) })
    }
    #expect(read.count == 5)
  }

  // Parts that do not add up to the total (632 printed 532; the rounding of five whole 億
  // figures allows a few 億, not 100): nothing is proven, nothing read.
  @Test func partsThatDoNotAddUpAreReported() throws {
    let broken = Self.text.replacingOccurrences(of: "632億円", with: "532億円")
    #expect(throws: BudgetTransformError.self) {
      try transform(broken, IdentityOverrides(organization: "kokudo"))
    }
  }

  // `同年度` under a heading naming another year than the document's (a 令和5年度 heading in a
  // 令和4年度 document): no year is placed, the figures are not exported as the budget year's.
  @Test func theSameYearUnderAnotherYearsHeadingPlacesNoYear() throws {
    let other =
      "●海上保安庁令和4年度補正予算の概要\n\n◇令和5年度\n"
      + Self.text.split(separator: "\n").dropFirst().joined(separator: "\n")
    let document = try? transform(other, IdentityOverrides(organization: "kokudo"))
    #expect(!(document.map(amounts) ?? []).contains { $0.2 == 76_000_000_000 && $0.1 == 2022 })
  }
}
