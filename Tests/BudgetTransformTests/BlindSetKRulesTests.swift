import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Rules brought by blind set K (`Tests/Fixtures/RealWorld/SOURCES-k.md`; issue #20): the
/// causes of its three wrong figures on the first run.
@Suite struct BlindSetKRulesTests {
  /// soumu-r5-jihyo: a middle dot as the decimal point. It was read as 9億円 and 0億円, the
  /// digits before the dot taken into the label.
  @Test func aMiddleDotBetweenDigitsBeforeAUnitIsTheDecimalPoint() throws {
    let text = """
      【令和5年度予算 一般会計予算として総額16兆8625億円(うち、一般歳出4633億円)】

      Ⅰ デジタル変革(DX)の加速とグリーン社会の実現

      【1 ハード・ソフトのデジタル基盤整備】1718・9億円

      【2 デジタル実装による課題解決】12・0億円

      """
    let doc = try transform(
      text, IdentityOverrides(organization: "soumu", fiscalYear: 2023, phase: "proposal"))
    let figures = amounts(doc).map(\.2)
    #expect(figures.contains(171_890_000_000))
    #expect(figures.contains(1_200_000_000))
    #expect(!figures.contains(900_000_000))
    #expect(!figures.contains(0))
  }

  /// kosei-h16-gaisan-sokatsu: `(約850億円)` under an item of a list of open questions was
  /// exported as the item's requested amount; `約` is no label, so the figure is an amount in
  /// parentheses with no amount beside it: reported.
  @Test func anApproximateAmountInParenthesesUnderAnItemIsNotItsAmount() throws {
    let text = """
      平成16年度 厚生労働省予算概算要求総括表

      (単位:億円)
      一般会計 193,787 202,154 8,367

      ○要求・要望の概要

      予算編成過程で検討
      1.年金等の物価スライドの特例措置(1.7%)に要する経費の16年度における所要額
      (約850億円)
      2.平成12年年金改正法附則に規定された基礎年金国庫負担割合の2分の1への引上げの取扱い

      """
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(!extracted.amountLines.contains { $0.span.line == 10 })
    #expect(extracted.diagnostics.contains { $0.span.line == 10 })
  }

  /// national-h11-chikyu-kankyo-gaisan: 環境庁 issues every ministry's global-environment
  /// requests; the issuer's line is not whose budget the figures are. Without `--organization`
  /// it was exported as 環境庁's own request.
  @Test func theIssuerOfAThemeAcrossMinistriesIsNotTheOrganization() throws {
    let text = """
      平成11年度地球環境保全関係
      予算概算要求の状況について

      平成10年8月

      環 境 庁

      平成11年度概算要求額 6,575億円

      """
    #expect(throws: (any Error).self) { try transform(text) }
    let doc = try transform(text, IdentityOverrides(organization: "national"))
    #expect(doc.info.id == "jp-national-1999-request")
    // A ministry's own overview under its issuer's line keeps the issuer.
    let own = try transform(
      "令和4年度予算(案)について\n法 務 省\n第1 経費関係\n1 一般会計 8,067億円\n")
    #expect(own.info.organization.code == "homu")
  }
}
