import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A document whose every figure is reported is refused, not exported empty with exit 0
/// (national-r5-gaiko-point-p5 was, before its one-per-line table was read).
@Suite struct NoFigureExportedTests {
  @Test func aDocumentWithNoCertainFigureIsRefusedNamingItsLines() throws {
    // national-r5: a volume of works (`ODA事業量`) under a heading that names two stages, and
    // an amount inside a sentence.
    let text = """
      令和5年度 外交関係予算のポイント(概要)
      外交実施体制強化のための施策例(27当初で「100億円増」)
      当初+前年度補正
      ODA事業量
      3兆1,184億円
      """
    let extracted = Extractor().extract(text: text, sourceName: "p5.txt")
    let overrides = IdentityOverrides(organization: "national", phase: "proposal")
    #expect {
      try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
    } throws: { error in
      guard
        case .noFigureExported(let source, let reported, let first)? =
          error as? BudgetTransformError
      else { return false }
      return source == "p5.txt" && reported == 2 && first.count == 2
        && first[0].hasPrefix("line 2: an amount inside a sentence")
        && first[1].hasPrefix("line 5: ODA事業量")
    }
  }
}
