import BudgetTransform
import Testing

@Suite struct EraCalendarTests {
  let calendar = EraCalendar(eras: Support.mappings.eras)

  @Test(arguments: [
    ("令和6年度", 2024, true), ("令和5年度補正予算", 2023, true), ("令和元年", 2019, false),
    ("平成31年度", 2019, true), ("令和 5 年度", 2023, true), ("令和６年度", 2024, true),
  ])
  func gregorianYears(_ text: String, _ year: Int, _ fiscal: Bool) {
    let match = calendar.matches(in: text).first
    #expect(match?.year == year)
    #expect(match?.isFiscalYear == fiscal)
  }

  @Test func publicationMonth() {
    let match = calendar.matches(in: "令和5年12月").first
    #expect(match?.year == 2023 && match?.month == 12)
  }
}
