import BudgetModel
import Testing

@testable import BudgetTransform

/// A ministry's request for a supplementary budget (`補正予算要望`, 環境庁's kankyo-h11-hosei2-yobo
/// and kankyo-h12-hosei-yobo; issue #20): its stage is the supplementary budget it asks for,
/// its amounts are measured `request`, never `budget` (the enacted supplementary budget), and
/// its document id ends in `-request`.
@Suite struct SupplementaryRequestTests {
  /// kankyo-h11-hosei2-yobo lines 3-11 (`第二次` in kanji numerals).
  static let h11 = """
    平成11年度第二次補正予算要望の概要

    環 境 庁

    ◎総 額          105.6億円
    (科学技術庁に計上した分を含め約110億円)

    1.地球環境と共生できる循環型社会づくりの具体化
    59.3億円

    """

  /// kankyo-h12-hosei-yobo lines 6-10 after `title` (the agency is named by no line).
  static func h12(_ title: String) -> String {
    "\(title)\n\n総計   1,412億円\nうち、公  共   986億円\n非公共   426億円\n"
  }
  static let kankyo = IdentityOverrides(organization: "kankyo")

  @Test func theSecondSupplementarysRequestIsRequested() throws {
    let document = try transform(Self.h11)
    #expect(document.info.phase.code == "supplementary-2")
    #expect(document.info.phase.isRequested)
    #expect(document.info.id == "jp-kankyo-1999-supplementary-2-request")
    #expect(document.info.phase.documentNameJa == "第2号補正予算要求")
    #expect(document.info.phase.documentNameEn == "request for supplementary budget No. 2")
    // The stage itself is the supplementary budget's, as in that budget's own document.
    #expect(document.info.phase.nameJa == "第2号補正予算")
    #expect(document.info.phase.openBudgetsPhase == "revised")
    let found = amounts(document)
    #expect(found.contains { $0 == (.request, 1999, 10_560_000_000) })
    #expect(found.contains { $0 == (.request, 1999, 5_930_000_000) })
    #expect(!found.contains { $0.0 == .budget })
    // 科学技術庁に計上した分を含め約110億円: another agency's part, reported.
    #expect(!found.contains { $0.2 == 11_000_000_000 })
  }

  @Test func aSupplementaryRequestWithoutNumber() throws {
    let document = try transform(Self.h12("平成12年度補正予算要望の概要について"), Self.kankyo)
    #expect(document.info.id == "jp-kankyo-2000-supplementary-request")
    #expect(document.info.phase.code == "supplementary")
    let found = amounts(document)
    #expect(found.contains { $0 == (.request, 2000, 141_200_000_000) })
    #expect(found.contains { $0 == (.request, 2000, 42_600_000_000) })
    #expect(!found.contains { $0.0 == .budget })
  }

  /// The same lines in a supplementary budget's own overview: its amounts are that budget's
  /// (`budget` in a supplementary phase), its id has no `-request`.
  @Test func aSupplementaryOverviewIsNoRequest() throws {
    let document = try transform(Self.h12("平成12年度補正予算の概要"), Self.kankyo)
    #expect(document.info.id == "jp-kankyo-2000-supplementary")
    #expect(!document.info.phase.isRequested)
    let found = amounts(document)
    #expect(found.contains { $0 == (.budget, 2000, 141_200_000_000) })
    #expect(!found.contains { $0.0 == .request })
  }

  /// In a request for a supplementary budget, a line naming the supplementary budget itself
  /// (`補正予算額`) or the initial budget (`当初予算`) is no request: reported.
  @Test(arguments: ["補正予算額   986億円", "当初予算   986億円", "平成12年度補正予算   986億円"])
  func anotherStageInARequestIsReported(_ line: String) throws {
    let text = Self.h12("平成12年度補正予算要望の概要について") + line + "\n"
    let document = try transform(text, Self.kankyo)
    // Line 4's `うち、公共 986億円` is the only one exported.
    #expect(amounts(document).filter { $0.2 == 98_600_000_000 }.count == 1)
    #expect(!amounts(document).contains { $0.0 == .budget })
    #expect(document.findings.contains { $0.lines.contains(6) })
  }

  /// In a supplementary budget's own overview, a heading naming a request for it
  /// (`平成12年度補正予算要望`) over an item is no stage of the document: reported, not exported
  /// as the supplementary budget.
  @Test func aRequestHeadingInASupplementaryOverviewIsReported() throws {
    let text = Self.h12("平成12年度補正予算の概要") + "\n平成12年度補正予算要望\n○インターネット自然研究所 1,204百万円\n"
    let document = try transform(text, Self.kankyo)
    #expect(amounts(document).contains { $0 == (.budget, 2000, 141_200_000_000) })
    #expect(!amounts(document).contains { $0.2 == 1_204_000_000 })
    #expect(document.findings.contains { $0.lines.contains(8) })
    #expect(!document.info.phase.isRequested)
  }

  /// `--phase supplementary-2-request` states a request; `--phase supplementary-2` the budget
  /// itself, though the request rows come first in `phases.tsv`.
  @Test func thePhaseOptionSaysWhichOne() throws {
    let lines = Self.h12("環境庁 資料")
    let requested = try transform(
      lines,
      IdentityOverrides(organization: "kankyo", fiscalYear: 2000, phase: "supplementary-2-request"))
    #expect(requested.info.id == "jp-kankyo-2000-supplementary-2-request")
    #expect(amounts(requested).contains { $0 == (.request, 2000, 141_200_000_000) })
    let enacted = try transform(
      lines, IdentityOverrides(organization: "kankyo", fiscalYear: 2000, phase: "supplementary-2"))
    #expect(enacted.info.id == "jp-kankyo-2000-supplementary-2")
    #expect(!enacted.info.phase.isRequested)
    #expect(throws: BudgetTransformError.self) {
      try transform(
        lines, IdentityOverrides(organization: "kankyo", fiscalYear: 2000, phase: "request-request")
      )
    }
  }

  /// The stage words of a request for a supplementary budget: one stage, the request, only
  /// where the document reads them so, and only when the words are adjacent.
  @Test func stageWordsJoinOnlyAdjacentWords() {
    typealias Stage = ColumnMeaning.Stage
    #expect(Stage.named(in: "平成11年度第二次補正予算要望の概要") == [.supplementary, .request])
    #expect(
      Stage.named(in: "平成11年度第二次補正予算要望の概要", joiningSupplementaryRequest: true) == [.request])
    #expect(Stage.named(in: "補正要求", joiningSupplementaryRequest: true) == [.request])
    #expect(
      Stage.named(in: "補正予算と概算要求", joiningSupplementaryRequest: true) == [.supplementary, .request])
    #expect(Stage.named(in: "補正予算額", joiningSupplementaryRequest: true) == [.supplementary])
  }

  /// `phases.tsv`'s `amounts` column: `request` or empty, anything else is an error.
  @Test func theAmountsColumnIsChecked() throws {
    let row = ["補正予算要望", "supplementary", "adjusted", "revised", "補正予算", "supplementary budget"]
    #expect(try MappingTables.phaseRules([(2, row + ["request"])])[0].phase.isRequested)
    #expect(try !MappingTables.phaseRules([(2, row)])[0].phase.isRequested)
    #expect(try !MappingTables.phaseRules([(2, row + [""])])[0].phase.isRequested)
    #expect(throws: BudgetTransformError.self) {
      try MappingTables.phaseRules([(2, row + ["budget"])])
    }
  }
}
