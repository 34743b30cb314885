import BudgetModel
import Testing

@testable import BudgetExtract

/// Two headline totals under lines naming their year and stage, the change and rate under the
/// later one (gaimu-h29-gaisan-yokyu lines 55-62; issue #20): read when B − A = C and the rate
/// agree.
@Suite struct HeadlinePairTests {
  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map {
      "\(figure?.amount?.isNegative == true ? "-" : "")\($0.number)\($0.unit ?? "")"
    }
  }

  static let earlier = ["平成28年度当初予算", "7,140億円", "(うちODA 4,342億円)", "※レート 1ドル120円"]

  @Test func theLaterTotalWithItsPriorChangeAndRateAndItsPart() throws {
    let reader = GenericReader.reading(
      Self.earlier + [
        "平成29年度概算要求", "7,730億円", "(+590億円,+8.3%)", "(うちODA 4,903億円)(+561億円,+12.9%)",
      ])
    #expect(reader.amountLines.map(\.label) == ["平成29年度概算要求", "平成29年度概算要求(うちODA)"])
    let total = reader.amountLines[0]
    #expect(parts(total.amount) == ["7730億円"] && parts(total.prior) == ["7140億円"])
    #expect(total.priorLine == 2 && total.span.line == 6 && total.span.endLine == 7)
    #expect(parts(total.change) == ["590億円"] && total.changeLine == 7)
    #expect(total.changeRatePercent == DecimalNumber(ascii: "8.3"))
    let part = reader.amountLines[1]
    #expect(part.isPart == true && part.priorLine == 3)
    #expect(parts(part.amount) == ["4903億円"] && parts(part.prior) == ["4342億円"])
    #expect(parts(part.change) == ["561億円"] && part.changeLine == 8)
    #expect(part.changeRatePercent == DecimalNumber(ascii: "12.9"))
    #expect(!reader.diagnostics.contains { [2, 3, 6, 7, 8].contains($0.span.line) })
  }

  // A change the totals do not give (7,730 − 7,140 = 590, not 600), years two apart, a line
  // of text in the block, or an earlier total that is not an initial budget: nothing is paired.
  @Test(arguments: [
    earlier + ["平成29年度概算要求", "7,730億円", "(+600億円,+8.3%)"],
    ["平成27年度当初予算", "7,140億円", "平成29年度概算要求", "7,730億円", "(+590億円,+8.3%)"],
    ["平成28年度当初予算", "7,140億円", "(説明文)", "平成29年度概算要求", "7,730億円", "(+590億円,+8.3%)"],
    // The earlier total is not the initial budget: it would not be the prior year's initial.
    ["平成28年度補正後予算", "7,140億円", "平成29年度概算要求", "7,730億円", "(+590億円,+8.3%)"],
  ])
  func notProvenIsNotPaired(_ texts: [String]) {
    let reader = GenericReader.reading(texts)
    #expect(!reader.amountLines.contains { $0.prior != nil })
    #expect(reader.diagnostics.contains { $0.span.line == texts.count })
  }
}
