import Testing

/// The label check of the real-world comparison (`RealWorldLabel`), with labels of the
/// fixtures' keys and of what the reader exported for them.
@Suite struct RealWorldLabelTests {
  func same(_ key: String, _ exported: String, column: String = "-", year: Int = 2005) -> Bool {
    RealWorldLabel.same(key: key, column: column, exported: exported, fiscalYear: year)
  }

  /// kankyo-h17: a table read one row off (each figure under the next row's label).
  @Test func aRowOffIsSeen() {
    #expect(!same("一般政策経費等", "その他施設費"))
    #expect(!same("石油特会繰入", "(非公共)"))
    #expect(same("(非公共)", "(非公共)"))
    // fukko-h25: a section's total under the last item above it.
    #expect(!same("被災者支援", "<6>被災者の心のケア支援事業", column: "25年度予算額"))
    // boei-h23: leader dots are no label.
    #expect(!same("活動に伴う減耗の回復及び今後の活動への備えの充実関連経費", "・・・・・・"))
  }

  @Test func printedFormsAreFolded() {
    // Full-width, spaces, enumerators, brackets, notes.
    #expect(same("一般会計", "（１） 一 般 会 計"))
    #expect(same("被災者支援", "①被災者支援"))
    #expect(same("一般会計", "○一般会計※デジタル庁計上分を含む"))
    // gaimu-h28: `うち` (of which) inside the brackets.
    #expect(
      same(
        "難民問題を含む人道・テロ対策・社会安定化支援(ODA)",
        "1.難民問題を含む人道・テロ対策・社会安定化支援(うちODA)"))
    // boei-h16: one contains the other.
    #expect(same("防衛関係費(SACO関係経費を除く。)", "総額(SACO関係経費を除く)"))
  }

  /// A key label of a year (a table of years, one column a measure): the column names the row.
  @Test func aYearLabelOfTheKeyIsReadByItsColumn() {
    #expect(same("21年度", "収納済歳入額", column: "収納済歳入額(千円)"))
    #expect(!same("21年度", "支出済歳出額", column: "収納済歳入額(千円)"))
    #expect(same("元年度", "収納済歳入額", column: "収納済歳入額(千円)"))
    // A total named by its year and measure (national-h24, soumu-r4).
    #expect(same("平成23年度当初予算の総額", "平成24年度概算要求の総額"))
    #expect(same("R4当初", "計"))
  }

  /// An exported label of a year only: the row of a table of years, that year's figure.
  @Test func anExportedYearLabelNamesTheFiguresYear() {
    #expect(same("気象庁関係予算", "令和 2年度(2020年度)", year: 2020))
    #expect(!same("気象庁関係予算", "令和 2年度(2020年度)", year: 2019))
    #expect(same("裁判所の当初予算", "平成17年度", year: 2005))
    #expect(!same("裁判所の当初予算", "平成18年度", year: 2005))
    // A measure alone names no row (kokkai-h28).
    #expect(!same("職員の人件費", "歳出予算額のうち支出済額", column: "支出済額"))
  }

  /// An exported label of one or two characters passes only when equal: a label cut to one
  /// character (zaimu-h27 `入` of `雑収入`, national-h28-hosei2 `入` of `前年度剰余金受入`) or a
  /// word of many rows (`歳入`) is contained in many keys' labels.
  @Test func aShortExportedLabelMustBeEqual() {
    #expect(!same("雑収入", "入"))
    #expect(!same("その他", "他"))
    #expect(!same("前年度剰余金受入", "入"))
    #expect(!same("地震再保険特別会計歳入", "歳入"))
    #expect(same("その他", "その他"))
    #expect(same("計", "計"))
    #expect(same("歳入", "(歳入)"))
    // Longer labels still pass by containment (national-h11: a part named by its row).
    #expect(same("国際的枠組みづくり", "国際的枠組みづくり(うち特別枠)"))
    #expect(same("職員の人件費", "職員の人件費の支出済額", column: "支出済額"))
  }
}
