import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Identity of documents read by the generic layout (issue #20): from the titles, or from the
/// options when a title does not say; never guessed.
@Suite struct GenericIdentityTests {
  static let table = """
    (単位:億円)
    区分 令和5年度予算額 令和6年度予算案 増減額
    一般会計 1,234 1,300 66
    """

  func transform(_ title: String, _ overrides: IdentityOverrides = IdentityOverrides()) throws
    -> BudgetDocument
  {
    let extracted = Extractor().extract(text: title + "\n" + Self.table, sourceName: "t.txt")
    return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
  }

  @Test func theOrganizationAPageOfTheFinanceMinistryIsAbout() throws {
    let doc = try transform("令和6年度 厚生労働省関係予算のポイント 財務省主計局")
    #expect(doc.info.organization.code == "kosei")
    #expect(doc.info.phase.code == "proposal")
    #expect(doc.info.fiscalYear == 2024)
    // 1,300 億円 under 令和6年度予算案: the budget year's proposal.
    #expect(
      doc.summary.first?.figures.first { $0.measure == .budget }?.amountJPY == 130_000_000_000)
  }

  @Test func aTitleNamingSeveralOrganizationsNeedsTheOption() throws {
    #expect(throws: (any Error).self) { try transform("令和6年度 経済産業省、環境省、法務省予算案") }
    let doc = try transform(
      "令和6年度 経済産業省、環境省、法務省予算案", IdentityOverrides(organization: "kankyo"))
    #expect(doc.info.organization.code == "kankyo")
  }

  /// shohisha-h27-yosan-an-hosei: the prior year's supplementary budget passed with the budget
  /// year's draft; the document is about the later year and its stage.
  @Test(
    arguments: [
      ("消費者庁 平成 26 年度補正予算・ 平成 27 年度予算案について", "jp-shohisha-2015-proposal"),
      ("消費者庁 平成25年度補正予算・平成27年度予算案について", nil),
      ("消費者庁 平成26年度予算・平成27年度予算案について", nil),
      ("消費者庁 平成26年度補正予算・平成27年度補正予算案について", nil),
    ] as [(String, String?)])
  func aSupplementaryBudgetPairedWithTheNextYearsDraft(_ title: String, _ id: String?) throws {
    let text = title + "\n(単位:億円)\n区分 平成26年度予算額 平成27年度予算案 増減額\n一般会計 1,234 1,300 66"
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    let transformer = Transformer(mappings: Support.mappings)
    if let id {
      #expect(try transformer.transform(extracted).info.id == id)
    } else {
      #expect(throws: (any Error).self) { try transformer.transform(extracted) }
    }
  }

  @Test func aNameInsideALongerOneIsOneOrganization() throws {
    #expect(try transform("令和6年度 内閣府予算案").info.organization.code == "naikakufu")
  }

  @Test func whatATitleDoesNotPrintComesFromTheOptions() throws {
    #expect(throws: (any Error).self) { try transform("厚生労働省 予算の概要") }
    let doc = try transform(
      "厚生労働省 予算の概要", IdentityOverrides(fiscalYear: 2024, phase: "proposal"))
    #expect(doc.info.id == "jp-kosei-2024-proposal")
  }

  /// The stage is never assumed for a title that names no budget: the tables' headers give it
  /// (`19年度予算額` `20年度予算額`: the initial budget), or the user does with `--phase`.
  @Test func aStageIsTakenFromTheHeadersOrAskedFor() throws {
    func read(_ text: String, _ overrides: IdentityOverrides) throws -> BudgetDocument {
      let extracted = Extractor().extract(text: text, sourceName: "t.txt")
      return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
    }
    let initial = """
      (所管)厚生労働省 (会計)年金特別会計
      (単位:千円)
      事項 19年度予算額 20年度予算額 比較増△減額
      基礎年金給付 1,000 1,200 200
      """
    let year = IdentityOverrides(fiscalYear: 2008)
    #expect(try read(initial, year).info.phase.code == "enacted")
    let noStage = """
      (所管)厚生労働省 (会計)年金特別会計
      (単位:千円)
      事項 19年度 20年度 比較増△減額
      基礎年金給付 1,000 1,200 200
      """
    #expect {
      try read(noStage, year)
    } throws: {
      ($0 as? BudgetTransformError)?.errorDescription?.contains("--phase") == true
    }
    var stated = year
    stated.phase = "enacted"
    #expect(try read(noStage, stated).info.phase.code == "enacted")
  }

  /// A title naming a range of years (`平成23~25年度(平成23年度決算額を含む)`) gives neither the
  /// year nor the stage (it once gave 2011 and settlement): `--fiscal-year` is asked for, and
  /// the tables' headers then give the stage.
  @Test func aTitleNamingSeveralYearsGivesNoYear() throws {
    func read(_ overrides: IdentityOverrides) throws -> BudgetDocument {
      let text = """
        参考2 少子化社会対策関係予算の概要(平成23~25年度(平成23年度決算額を含む))
        (単位:百万円)
        区分 23年度予算額 24年度予算額 25年度予算額 23年度決算額
        社会生活に必要なことを学ぶ機会を 5,344 4,935 5,038 5,298
        """
      let extracted = Extractor().extract(text: text, sourceName: "t.txt")
      return try Transformer(mappings: Support.mappings, overrides: overrides).transform(extracted)
    }
    #expect(throws: (any Error).self) { try read(IdentityOverrides(organization: "naikakufu")) }
    let doc = try read(IdentityOverrides(organization: "naikakufu", fiscalYear: 2013))
    #expect(doc.info.id == "jp-naikakufu-2013-enacted")
  }

  /// Found by running the fixtures without their options: `警察庁関連予算のポイント` (published
  /// for the draft) was taken for the enacted budget, and `農林水産関係予算` took 令和4年度 from
  /// a line over a column of figures. Neither names its stage or year: both are asked for.
  @Test func aStageOrYearTheTitleDoesNotPrintIsAskedFor() throws {
    func read(_ text: String) throws -> BudgetDocument {
      let extracted = Extractor().extract(text: text, sourceName: "t.txt")
      return try Transformer(mappings: Support.mappings).transform(extracted)
    }
    #expect(throws: (any Error).self) {
      try read("令和6年度 警察庁関連予算のポイント\n(単位:億円)\nサイバー 49.6 億円")
    }
    #expect(throws: (any Error).self) {
      try read("農林水産関係予算\n◆\n食料安全保障の強化に向けた対策\n令和4年度\n247 億円")
    }
    // A ministry's own overview titled …予算の概要 keeps the default (the enacted budget).
    #expect(
      try read("令和6年度 総務省所管予算の概要\n一般会計 18兆5,238億円").info.id == "jp-soumu-2024-enacted")
  }
}
