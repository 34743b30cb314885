import BudgetModel
import Testing

@testable import BudgetExtract

/// Figures that were exported under another row's name, or under a piece of one, with the
/// real lines of the fixtures (issue #20, the label check of `make realworld`).
@Suite struct LabelOfAnotherRowTests {
  // fukko-h25-bousai-hakusho lines 22-30: a section's total printed after its last item; the
  // text above the block is the item's name, its amount between.
  static let afterAnItem = [
    "<6>被災者の心のケア支援事業", "1,817百万円", "", "25年度予算額", "188,253百万円", "24年度予算額", "91,983",
    "差引増△減", "96,270",
  ]

  @Test func aBlockAfterAnItemsFiguresNamesNoRow() {
    let reader = GenericReader.reading(Self.afterAnItem)
    #expect(!reader.tables.flatMap(\.rows).contains { $0.label.contains("心のケア") })
    #expect(!reader.amountLines.contains { $0.span.line >= 4 })
    #expect(reader.diagnostics.contains { $0.span.line == 5 })
    // fukko-h27's shape: the name right above the block (no figure between) names it.
    var named = Self.afterAnItem
    named.remove(at: 1)
    let row = GenericReader.reading(named).tables.first?.rows.first
    #expect(row?.label == "<6>被災者の心のケア支援事業")
    #expect(row?.cells.count == 3)
  }

  // boei-h23-hosei3-gaiyo lines 10, 14-15: a leader leads from the name to the amount; on a
  // line of its own the leader says the name is the line above.
  @Test func aLeaderAloneTakesTheLineAbove() {
    let reader = GenericReader.reading([
      "@ 施設や装備品等の復旧関連経費・・・・・・・・・ 約907億円(約1,638億円)", "",
      "A 活動に伴う減耗の回復及び今後の活動への備えの充実関連経費", "・・・・・・ 約563億円(約1,899億円)",
    ])
    let labels = reader.amountLines.map(\.label)
    #expect(labels.first == "@ 施設や装備品等の復旧関連経費")
    #expect(labels.contains("A 活動に伴う減耗の回復及び今後の活動への備えの充実関連経費"))
    #expect(!labels.contains { $0.hasPrefix("・") })
    // With no leader the line above (a letter, read as a column's) names nothing: reported.
    let bare = GenericReader.reading([
      "A 活動に伴う減耗の回復及び今後の活動への備えの充実関連経費", "約563億円(約1,899億円)",
    ])
    #expect(!bare.amountLines.contains { $0.span.line == 2 && !$0.label.isEmpty })
    // A leader under a line of figures takes no name from it.
    let figures = GenericReader.reading(["事業費 300億円", "・・・・・・ 約563億円"])
    #expect(!figures.amountLines.contains { $0.span.line == 2 })
  }

  // zaimu-h27-tokkai-gaisan lines 58-62: `そ` / `の` / `他` right after a line of figures is one
  // label spaced one character per line.
  @Test func aLabelSpacedOneCharacterPerLine() {
    let reader = GenericReader.reading(["62 百万円", "そ", "の", "他", "6 百万円"])
    #expect(reader.amountLines.first { $0.span.line == 5 }?.label == "その他")
  }

  // Lines 53-58 (`(注)` / `険` / `人` / `件` / `費` / `62 百万円`): where the label starts is not
  // known (`険` ends `再保険費`); lines 32-34 (`6.6 % )` / `入` / `239 億円`): one character of
  // `雑収入`. Both reported, never exported under `険人件費` or `入`.
  @Test func oneCharacterOfALabelNamesNoRow() {
    let cut = GenericReader.reading(["(注)", "険", "人", "件", "費", "62 百万円"])
    #expect(!cut.amountLines.contains { $0.span.line == 6 })
    #expect(cut.diagnostics.contains { $0.span.line == 6 })
    let one = GenericReader.reading(["6.6 % )", "入", "239 億円"])
    #expect(!one.amountLines.contains { $0.span.line == 3 })
    #expect(one.diagnostics.contains { $0.span.line == 3 })
  }

  // national-h28-hosei2-setsumei-sosetsu line 43: `入` ends `前年度剰余金受` two lines up (two
  // columns of prose run together). A one-character noun (`計`) still names its row.
  @Test func aWordCutOffNamesNoRow() {
    let cut = GenericReader.reading(["入 13,432 百万円"])
    #expect(cut.amountLines.isEmpty)
    #expect(cut.diagnostics.contains { $0.span.line == 1 })
    #expect(GenericReader.reading(["計 13,432 百万円"]).amountLines.first?.label == "計")
    #expect(GenericReader.isCutWord("入") && GenericReader.isCutWord("他"))
    #expect(!GenericReader.isCutWord("計") && !GenericReader.isCutWord("公"))
    #expect(!GenericReader.isCutWord("その他"))
  }

  // kokkai-h28-kessan-ndl-blog lines 20, 22: the settled amount of a sentence's account is
  // named by the sentence's subject, not by the measures (`歳出予算額のうち支出済額`).
  @Test func aSentencesAccountIsNamedByItsSubject() {
    var reader = GenericReader.reading(GapsRShapesTests.sentences)
    reader.readBulletedAccounts(Self.lines(GapsRShapesTests.sentences))
    let settled = reader.amountLines.filter { $0.isSettledAccountLine == true }
    #expect(
      settled.map(\.label) == [
        "職員の人件費の支出済額", "資料購入費、資料費、資料整備費、納入出版物代償金の支出済額",
      ])
    // No words before the first measure: the measures' label stays (no row is invented).
    let texts = ["歳出予算額96.6億円、支出済額93.4億円、不用額3.2億円"]
    var bare = GenericReader.reading(texts)
    bare.readBulletedAccounts(Self.lines(texts))
    #expect(!bare.amountLines.contains { $0.label.hasSuffix("の支出済額") })
  }

  static func lines(_ texts: [String]) -> [Line] {
    texts.enumerated().map {
      Line(number: $0.offset + 1, scalars: Array($0.element.unicodeScalars))
    }
  }
}

extension LabelOfAnotherRowTests {
  // kensain-r3-gaisan-yokyu lines 4-10: the last row's label is row 7's word for word; the
  // words after its figures are the rest of it (`(項)会計検査院施設費`).
  static let restAfter = [
    "(単位:百万円)", "組 織 ・ 項 2年度当初予算額 3年度要求・要望額 比較増△減額",
    "(組織)会計検査院 17,099 16,923 △176", "(項)会計検査院 17,021 16,847 △174",
    "(項)会計検査院 78 75 △3", "施 設 費", "(注)（注記）",
  ]

  @Test func theRestOfALabelAfterItsFigures() throws {
    let rows = try #require(GenericReader.reading(Self.restAfter).tables.first).rows
    #expect(rows.map(\.label) == ["(組織)会計検査院", "(項)会計検査院", "(項)会計検査院施設費"])
    // A last row of a name of its own keeps it: the words after it are no part of it.
    var own = Self.restAfter
    own[4] = "(項)会計検査院施設費 78 75 △3"
    let kept = try #require(GenericReader.reading(own).tables.first).rows
    #expect(kept.last?.label == "(項)会計検査院施設費")
  }
}
