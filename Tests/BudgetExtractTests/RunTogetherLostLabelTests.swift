import BudgetModel
import Testing

@testable import BudgetExtract

/// A run-together row glued to the next row, whose label the conversion lost (issue #20:
/// national-r3-hosei1-frame-finance, the 歳入 half of the 補正後 frame).
@Suite struct RunTogetherLostLabelTests {
  static func frame(_ lost: String) -> String {
    "令和3年度補正後予算フレーム(単位:億円)3年度予算当初→補正後[歳入](歳 入)"
      + "税収574,480638,80064,320その他収入55,647130,64274,995"
      + "公債金(歳出と税収等との差額)435,970656,550220,580 "
      + "債務償還費相当分(交付国債分を除く)147,317169,99922,682 利払費相当分 85,03673,024▲ 12,011"
      + lost + "計1,066,0971,425,992359,8953年度予算(当初)3年度予算(補正後)備 考"
  }

  // `85,03673,024▲12,011203,617413,526209,909`: no split into one row of three holds, and
  // exactly one split into two rows does (73,024 − 85,036 = ▲12,011 within rounding,
  // 413,526 − 203,617 = 209,909). The first row is 利払費相当分's; the second has no label.
  @Test func theRowBeforeALostLabelIsRead() throws {
    let reader = GenericReader.reading([Self.frame("203,617413,526209,909")])
    let table = try #require(reader.tables.first)
    let row = try #require(table.rows.first { $0.label == "利払費相当分" })
    #expect(row.cells.map { $0.amount?.parts.first?.number.significand } == [85036, 73024, 12011])
    #expect(row.cells[2].amount?.isNegative == true)
    #expect(table.rows.last?.label == "計")
    #expect(reader.diagnostics.contains { $0.text.contains("203,617413,526209,909") })
  }

  // The second row's arithmetic fails (209,919): neither row is certain, both are reported.
  @Test func twoRowsThatDoNotBothHoldAreReported() throws {
    let reader = GenericReader.reading([Self.frame("203,617413,526209,919")])
    let table = try #require(reader.tables.first)
    #expect(!table.rows.contains { $0.label == "利払費相当分" })
    #expect(reader.diagnostics.contains { $0.text.contains("85,03673,024") })
  }
}
