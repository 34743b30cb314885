import BudgetExtract
import BudgetModel
import Testing

@testable import BudgetTransform

/// `対前年当初予算額` names the prior year's amount, not the difference from it (issue #20,
/// hunt7: blind set V's norin-h20-kankyo-hozen-gaisan-press line 24 exported 3,819億円 as the
/// change); and a sentence cut at its amounts exports nothing under its pieces.
@Suite struct PriorAmountWordsTests {
  @Test func priorAmountWordsAreNoChange() throws {
    #expect(!SummaryBuilder.namesDifference("対前年当初予算額"))
    #expect(!SummaryBuilder.namesDifference("対前年度当初予算額"))
    #expect(SummaryBuilder.namesPriorAmount("対前年当初予算額"))
    // With `差`, `増減`, `比` or no `予算額` the words name the change.
    for label in ["対前年度", "対前年度差額", "対前年度予算額比", "対前年度増減額", "対前年当初予算額との差"] {
      #expect(SummaryBuilder.namesDifference(label), "\(label)")
    }
  }

  // lines 24 and 28 of the fixture after a head: no figure of either is exported.
  @Test func sentencePiecesExportNothing() throws {
    for line in [
      "（説明文） 対前年当初予算額(3,819億円)と比べ810億円(+21.2%)増額の4,629億円",
      "環境保全経費概算要求額の政府全体の総額 対前年度当初予算額(2兆2,330億円)と比べ 4,052億円(+18.1%)増額の2兆6,382億円",
    ] {
      #expect(try amountsAfterHomuHead(line).isEmpty, "\(line)")
    }
  }

  // An item named by the words alone: the prior year's amount, never a change.
  @Test func priorAmountLineIsThePriorYear() throws {
    for line in ["対前年度当初予算額 3,819億円", "対前年当初予算額 3,819億円"] {
      let found = try amountsAfterHomuHead(line)
      #expect(found.count == 1 && found.contains { $0 == (.priorInitial, 2024, 381_900_000_000) })
    }
  }

  // The sentence with its subject printed, proven by its arithmetic: the budget, the prior
  // year's initial budget and the change.
  @Test func subjectFirstComparisonExportsItsFigures() throws {
    let found = try amountsAfterHomuHead(
      "農林水産省関係 対前年当初予算額(3,819億円)と比べ810億円(+21.2%)増額の4,629億円")
    #expect(found.contains { $0 == (.budget, 2025, 462_900_000_000) })
    #expect(found.contains { $0 == (.priorInitial, 2024, 381_900_000_000) })
    #expect(found.contains { $0 == (.change, 2025, 81_000_000_000) })
    #expect(found.count == 3)
  }
}
