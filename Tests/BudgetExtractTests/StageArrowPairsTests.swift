import BudgetModel
import Testing

@testable import BudgetExtract

/// The 備考 of a supplementary budget's frame: each bond's amount at the year's 当初 and after
/// the supplementary budget, `令3当初:6.3兆円 → 令3補正後:9.2兆円`, proven by the frame's own
/// entry of that bond (national-r3-hosei1-frame-finance line 1; issue #20).
@Suite struct StageArrowPairsTests {
  static let remarks =
    "3年度予算(当初)3年度予算(補正後)備 考○ 補正概算決定時における新型コロナ ウイルス感染症対策予備費残額:18,343億円○ 公債依存度:46.0%○ 建設公債 令3当初:6.3兆円 → 令3補正後:9.2兆円 特例公債 令3当初:37.3兆円 → 令3補正後:56.5兆円○（注記）"
  /// The page as the mirror prints it, on one line: the frame of the supplementary budget,
  /// the 補正後 frame, then the remarks.
  static let page =
    FrameListsTests.frame
    + "(単位:億円)3年度予算当初→補正後[歳出](歳 出)一般歳出669,020983,365314,345地方交付税交付金等159,489195,57636,087国債費237,588247,0519,464 うち債務償還費(交付国債分を除く)147,317169,99922,682 うち利払費85,03673,024△ 12,011計1,066,0971,425,992359,895[歳入](歳 入)税収574,480638,80064,320その他収入55,647130,64274,995公債金(歳出と税収等との差額)435,970656,550220,580 債務償還費相当分(交付国債分を除く)147,317169,99922,682 利払費相当分 85,03673,024△ 12,011203,617413,526209,909計1,066,0971,425,992359,895"
    + remarks

  @Test func thePairsAreFoundWithTheirLabels() {
    let pairs = StageArrowPairs.find(Self.remarks, parser: FigureParser(lexicon: .standard))
    #expect(pairs.map(\.label) == ["建設公債", "特例公債"])
    #expect(pairs.map(\.yearLabel) == ["令和3年度", "令和3年度"])
    #expect(
      pairs.map { "\($0.initial.parts[0].number)\($0.initial.parts[0].unit ?? "")" } == [
        "6.3兆円", "37.3兆円",
      ])
    #expect(pairs.map { "\($0.revised.parts[0].number)" } == ["9.2", "56.5"])
  }

  /// 9.2 − 6.3 = 2.9兆 is the frame's `(1)建設公債28,270` 億円 and 56.5 − 37.3 = 19.2兆 its
  /// `(2)特例公債192,310` at the printed precision: a table of the year's 当初 and 補正後.
  @Test func theFrameEntriesProveThePairs() throws {
    let reader = GenericReader.reading([Self.page])
    let table = try #require(reader.tables.first { $0.columns == ["令3当初", "令3補正後"] })
    #expect(table.confirmed == true)
    #expect(table.meanings?.map(\.stage) == [.initial, .revised])
    #expect(table.meanings?.map(\.fiscalYearLabel) == ["令和3年度", "令和3年度"])
    #expect(table.rows.map(\.label) == ["建設公債", "特例公債"])
    #expect(
      table.rows[1].cells.map { "\($0.amount?.parts[0].number.description ?? "-")" } == [
        "37.3", "56.5",
      ])
    #expect(!reader.diagnostics.contains { $0.text.contains("補正後: 9.2") })
    #expect(reader.diagnostics.contains { $0.text.contains("公債依存度") })
  }

  /// A 補正後 that is not 当初 plus the frame's entry (9.5 − 6.3 = 3.2兆, not 2.827兆), or two
  /// years on the arrow's sides: nothing read, the pieces reported as before.
  @Test func withoutTheProofNothingIsRead() {
    for changed in ["令3補正後:9.5兆円", "令4補正後:9.2兆円"] {
      let page = Self.page.replacingOccurrences(of: "令3補正後:9.2兆円", with: changed)
      let reader = GenericReader.reading([page])
      #expect(!reader.tables.contains { $0.columns.contains("令3補正後") })
      #expect(reader.diagnostics.contains { $0.text.contains("建設公債") })
    }
  }

  /// The same remarks as lines of their own under the frame's entries printed as lines with
  /// their units (the page not flattened): each line a table of its pair once proven; the year
  /// written `令和3年度` and the stage `当初予算` as well.
  @Test func remarksOnLinesOfTheirOwn() throws {
    let entries = ["4.公債金 22兆580億円", "(1)建設公債 2兆8,270億円", "(2)特例公債 19兆2,310億円"]
    let lines = [
      "○ 建設公債 令3当初:6.3兆円 → 令3補正後:9.2兆円",
      "○ 特例公債 令和3年度当初予算 37.3兆円 → 令和3年度補正後予算 56.5兆円",
    ]
    let reader = GenericReader.reading(entries + lines)
    let tables = reader.tables.filter { $0.meanings?.map(\.stage) == [.initial, .revised] }
    #expect(tables.map { $0.rows.map(\.label) } == [["建設公債"], ["特例公債"]])
    #expect(tables.map { $0.meanings?[1].fiscalYearLabel } == ["令和3年度", "令和3年度"])
    // Printed before the entries that prove them, or with no entry at all: not read.
    let before = GenericReader.reading(lines + entries)
    #expect(!before.tables.contains { $0.meanings?.map(\.stage) == [.initial, .revised] })
  }
}
