import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Shapes of the whole national budget's documents (issue #20): a headline comparing its
/// amount with the prior year's in words, and a row that names the stage its header leaves out.
@Suite struct NationalShapesTests {
  /// national-h11-kankyo-hozen-yosan-an, lines 6-13: 30,213 − 27,222 = 2,991 億円, 11.0 %.
  @Test func aComparisonInWordsGivesThePriorAndTheChange() throws {
    let doc = try transform(
      """
      平成11年度予算案における環境保全経費の概要について

      1.環境保全経費の総額

      3兆213億円 --- 平成10年度当初予算額(2兆7,222億円)と比べ、2,991億円、11.0%の増額
      """, IdentityOverrides(organization: "national"))
    let figures = amounts(doc)
    #expect(figures.count == 3)
    #expect(figures.first! == (.budget, 1999, 3_021_300_000_000))
    #expect(figures.dropFirst().first! == (.priorInitial, 1998, 2_722_200_000_000))
    #expect(figures.last! == (.change, 1999, 299_100_000_000))
    #expect(doc.summary.first?.changeRatePercent == DecimalNumber(ascii: "11.0"))
  }

  /// The same sentence against a year two back: neither that amount nor the change is the
  /// schema's prior year or change; both are reported.
  @Test func aComparisonWithAnotherYearIsReported() throws {
    let doc = try transform(
      """
      平成11年度予算案における環境保全経費の概要について

      1.環境保全経費の総額

      3兆213億円 --- 平成9年度当初予算額(2兆7,222億円)と比べ、2,991億円、11.0%の増額
      """, IdentityOverrides(organization: "national"))
    #expect(amounts(doc).map(\.0) == [.budget])
    #expect(doc.summary.first?.changeRatePercent == nil)
    #expect(doc.findings.contains { $0.code == .columnNotExported && $0.lines.contains(5) })
  }

  /// national-r6-oda-seifuan, lines 14-43: `4年度(A)` prints no stage; the row `当初` names it
  /// (the initial budget of 2022), the row `当初+前年度補正` does not.
  @Test func aRowNamesTheStageOfAnEarlierYear() throws {
    let doc = try transform(
      """
      (単位:億円)
      項
      目
      4年度
      (A)
      5年度
      (B)
      6年度
      (C)
      増 減
      (C-A)
      増 減
      (C-B)
      一般会計ODA予算
      当初
      5,612
      5,709
      5,650
      +38
      (+0.7%)
      ▲60
      (▲1.0%)
      当初+前年度補正
      7,212
      9,124
      8,934
      +1,722
      (+23.9%)
      ▲190
      (▲2.1%)
      """, IdentityOverrides(organization: "national", fiscalYear: 2024, phase: "proposal"))
    let figures = amounts(doc)
    #expect(figures.filter { $0.0 == .initial }.map(\.2) == [561_200_000_000])
    #expect(figures.filter { $0.0 == .initial }.map(\.1) == [2022])
    #expect(doc.findings.contains { $0.code == .columnNotExported && $0.lines == [24] })
  }
}

extension NationalShapesTests {
  /// national-r5-gaiko-point-p5: the row `ODA事業量` is a volume of works, not a budget:
  /// neither its amounts nor its change are exported; the row `当初` is.
  @Test func aVolumeOfWorksIsNoBudget() throws {
    let doc = try transform(
      """
      令和5年度 外交関係予算のポイント(概要)
      一般会計ODA予算
      5年度
      4年度
      増減
      当初
      5,709億円
      5,612億円
      +98億円(+1.7%)
      ODA事業量
      3兆1,184億円
      2兆4,481億円
      +6,703億円(+27.4%)
      """, IdentityOverrides(organization: "national", fiscalYear: 2023, phase: "proposal"))
    let figures = amounts(doc)
    #expect(figures.map(\.0) == [.budget, .priorInitial, .change])
    #expect(figures.map(\.2) == [570_900_000_000, 561_200_000_000, 9_800_000_000])
    #expect(doc.findings.contains { $0.code == .columnNotExported && $0.lines == [11, 12, 13] })
  }
}
