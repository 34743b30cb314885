import BudgetModel
import Testing

@testable import BudgetExtract

/// Texts keyed for export that were refused whole (issue #20, branch gapsr), each read by a
/// rule whose proof is the document's own arithmetic: a unit proven by a sentence repeating
/// cells, a series proven by the formula its labels print, a settlement account's complete
/// rows when others leave out cells.
@Suite struct GapsRShapesTests {
  static func lines(_ texts: [String]) -> [Line] {
    texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
  }

  static func reading(_ texts: [String], _ pass: (inout GenericReader, [Line]) -> Void)
    -> GenericReader
  {
    var reader = GenericReader.reading(texts)
    pass(&reader, lines(texts))
    return reader
  }

  func numbers(_ row: SummaryRowRecord) -> [Int64] {
    row.cells.compactMap { cell in
      cell.amount.map { ($0.isNegative ? -1 : 1) * $0.parts[0].number.significand }
    }
  }

  // kodomo-r6-shahosho-yosan-wic lines 17-49: no unit line; 億円 only in the sentence after
  // the table, which repeats the 令和6年度 cell (52,832) and the 令和4年度 cell (46,871), each
  // after words naming its column's year.
  static let agency = [
    "(2)こども家庭庁予算", "令和4年度", "", "令和5年度", "", "令和6年度", "", "R5→R6の増額", "",
    "一般会計+年金特別会計", "(純計)", "", "46,871", "", "48,104", "", "52,832", "", "+4,728", "",
    "うち一般会計", "", "39,045", "", "39,691", "", "41,457", "", "+1,766", "",
    "令和6年度のこども家庭庁予算 52,832 億円 育児休業給付の令和4年度からの増分",
    "(+1,255 億円) 令和4年度のこども家庭庁予算(46,871 億円)",
    "+7,216 億円の増加(+15%)。",
  ]

  @Test func aUnitProvenByASentenceRepeatingTwoCells() throws {
    let reader = Self.reading(Self.agency) { $0.readUnitHeaderStacks($1) }
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    #expect(try #require(table.meanings).map(\.kind) == [.amount, .amount, .amount, .change])
    #expect(table.rows.map(\.label) == ["一般会計+年金特別会計(純計)", "うち一般会計"])
    #expect(
      table.rows.map(numbers) == [[46871, 48104, 52832, 4728], [39045, 39691, 41457, 1766]])
    // The latest year's repeat is a headline of the document; 令和4年度's stays reported.
    #expect(reader.amountLines.map(\.label) == ["令和6年度のこども家庭庁予算"])
    #expect(reader.amountLines.first?.span.line == 31)
  }

  // The sentence names another year before a repeated figure, or repeats one cell only, or
  // names another figure: nothing proves the unit, the table stays reported.
  @Test func aSentenceThatDoesNotProveTheUnit() {
    for (line, text) in [
      (30, "令和5年度のこども家庭庁予算 52,832 億円 育児休業給付の令和4年度からの増分"),
      (31, "(+1,255 億円) 令和4年度のこども家庭庁予算(46,870 億円)"),
      (31, "(+1,255 億円) 令和4年度のこども家庭庁予算(46,871 百万円)"),
    ] {
      var texts = Self.agency
      texts[line] = text
      let reader = Self.reading(texts) { $0.readUnitHeaderStacks($1) }
      #expect(reader.tables.isEmpty, "\(text)")
      #expect(reader.amountLines.isEmpty)
    }
  }

  // `R5→R6の増額`: one change column from the first year to the later one; the other way
  // round, or two eras, it names no change.
  @Test func anArrowBetweenTwoYearsNamesTheirChange() {
    let meanings = ColumnHeader.meanings("令和4年度 令和5年度 令和6年度 R5→R6の増額")
    #expect(meanings.map(\.kind) == [.amount, .amount, .amount, .change])
    #expect(ColumnHeader.meanings("5年度→6年度増減").map(\.kind) == [.change])
    #expect(!ColumnHeader.meanings("R6→R5の増額").contains { $0.kind == .change })
    #expect(!ColumnHeader.meanings("H30→R1の増額").contains { $0.kind == .change })
  }

  // keisan-h22-tokkyo-tokkai-suii-kensain lines 16-35 (会計検査院, 特許特別会計 平成17-22年度).
  static let series = [
    "平成17年度 18年度 19年度 20年度 21年度 22年度",
    "歳入予算額 1795億円 2105億円 2472億円 2664億円 2901億円 3022億円",
    "収納済歳入額(A) 2095億円 2431億円 2920億円 3072億円 3067億円 3108億円",
    "一般会計からの繰入額(B) 0億円 0億円 0億円 0億円 0億円 0億円",
    "(B/A) (0.0%) (0.0%) (0.0%) (0.0%) (0.0%) (0.0%)",
    "歳出額 歳出予算現額(D) 1175億円 1187億円 1190億円 1256億円", "", "1251億円", "", "1197億円",
    "支出済歳出額(E) 1046億円 1044億円 1073億円 1094億円 1093億円 1092億円",
    "不用額(G) 127億円 143億円 87億円 114億円 151億円 80億円",
    "剰余金 剰余金(H)=(A)-(E) 1048億円 1387億円 1846億円 1977億円 1973億円 2015億円",
    "(剰余金率 H/A) (50.0%) (57.0%) (63.2%) (64.3%) (64.3%) (64.8%)",
  ]

  // 2095 − 1046 = 1049 (printed 1048), 2431 − 1044 = 1387, … within one unit of 億円 in every
  // year: the formula proves A and E, each year's settlement; no other row is read.
  @Test func aSeriesProvenByTheFormulaItsLabelPrints() throws {
    let reader = Self.reading(Self.series) { $0.readLetterFormulaTables($1) }
    #expect(reader.tables.count == 1)
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["収納済歳入額(A)", "支出済歳出額(E)"])
    #expect(table.rows.map(\.span.line) == [3, 11])
    #expect(table.unit == "億円")
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.fiscalYearLabel) == ["平成17年度", "18年度", "19年度", "20年度", "21年度", "22年度"])
    #expect(meanings.allSatisfy { $0.stage == .settlement })
    #expect(!reader.diagnostics.contains { $0.span.line == 3 || $0.span.line == 11 })
    #expect(reader.diagnostics.contains { $0.span.line == 13 })
  }

  // One year's surplus off by more than the rounding (1058 for 1048), or the formula naming a
  // row not printed: nothing is read.
  @Test func aSeriesTheFormulaDoesNotProveStaysReported() {
    var off = Self.series
    off[12] = "剰余金 剰余金(H)=(A)-(E) 1058億円 1387億円 1846億円 1977億円 1973億円 2015億円"
    var missing = Self.series
    missing[12] = "剰余金 剰余金(H)=(A)-(F) 1048億円 1387億円 1846億円 1977億円 1973億円 2015億円"
    var gap = Self.series
    gap[0] = "平成17年度 18年度 19年度 21年度 22年度 23年度"
    for texts in [off, missing, gap] {
      let reader = Self.reading(texts) { $0.readLetterFormulaTables($1) }
      #expect(reader.tables.isEmpty)
    }
  }

  // zaimu-h25-gaitame-tokkai-kessan-kensain lines 17-24: the rows leave out their empty cells.
  static let account = [
    "(ア) 歳入歳出決算", "",
    "歳入 徴収決定済額(千円) 収納済歳入額(千円) 不納欠損額(千円) 収納未済歳入額(千円)",
    "25年度 3,327,342,060 3,327,342,060", "24年度 2,991,326,198 2,991,326,198",
    "歳出 歳出予算現額(千円) 支出済歳出額(千円) 翌年度繰越額(千円) 不用額(千円)",
    "25年度 1,576,765,466 117,859,440 85 1,458,905,940",
    "24年度 1,588,877,474 138,169,075 1,450,708,398",
    "", "(説明文)",
  ]

  // 117,859,440 + 85 + 1,458,905,940 = 1,576,765,465 (printed …466): the one complete row is
  // read; the rows of fewer cells (which words their cells are, the page does not say: with
  // 3 of 4 cells, 支出済 + 繰越 and 支出済 + 不用 and 繰越 + 不用 all add up) are reported.
  @Test func theCompleteRowsOfAnAccountWhoseRowsLeaveOutCells() throws {
    let reader = Self.reading(Self.account) { $0.readSettlementAccounts($1) }
    #expect(reader.tables.count == 1)
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["支出済歳出額"])
    #expect(table.rows.map(numbers) == [[117_859_440]])
    #expect(try #require(table.meanings).map(\.fiscalYearLabel) == ["25年度"])
    #expect(
      reader.diagnostics.contains {
        $0.span.line == 8 && $0.message == SettlementAccount.shortRowMessage
      })
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }

  // The complete row off by more than a unit per part: no row is read.
  @Test func aCompleteRowItsIdentityContradicts() {
    var texts = Self.account
    texts[6] = "25年度 1,576,765,466 117,859,440 85 1,458,905,900"
    let reader = Self.reading(texts) { $0.readSettlementAccounts($1) }
    #expect(reader.tables.isEmpty)
  }

  // kokkai-h28-kessan-ndl-blog lines 11-18: one organization's account as bulleted amounts.
  static let bulleted = [
    "国立国会図書館", "", "  • 歳出予算額: 195億円", "  • 前年度繰越: 3億円", "  • 予算総額: 198億円",
    "  • 支出済歳出額: 189.7億円", "  • 翌年度繰越額: 2.4億円", "  • 不用額: 5.5億円", "",
  ]

  // 195 + 3 = 198 and 189.7 + 2.4 + 5.5 = 197.6 (198 to the 億 printed): the settled line is
  // marked as the settlement, the five other lines are reported.
  @Test func aBulletedAccountItsIdentitiesProve() throws {
    var reader = GenericReader.reading(Self.bulleted)
    #expect(reader.amountLines.count == 6)
    reader.readBulletedAccounts()
    let settled = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(settled.span.line == 6)
    #expect(settled.isSettledAccountLine == true)
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [3, 4, 5, 7, 8]))
    // 裁判官訴追委員会 (lines 39-41): 1.2億 = 1.2億 + 532万 within the 0.1億 printed.
    var small = GenericReader.reading([
      "裁判官訴追委員会", "", "  • 歳出予算額: 1.2億円", "  • 支出済額: 1.2億円", "  • 不用額: 532万円",
    ])
    small.readBulletedAccounts()
    #expect(small.amountLines.map(\.span.line) == [4])
  }

  // The settled amount off by 10億, or 予算総額 not the budget and what was carried in: the
  // block proves nothing and is left as the line reader read it.
  @Test func aBulletedAccountItsIdentitiesContradict() {
    for (k, text) in [(5, "  • 支出済歳出額: 179.7億円"), (4, "  • 予算総額: 200億円")] {
      var texts = Self.bulleted
      texts[k] = text
      var reader = GenericReader.reading(texts)
      reader.readBulletedAccounts()
      #expect(reader.amountLines.count == 6)
      #expect(!reader.amountLines.contains { $0.isSettledAccountLine == true })
    }
  }

  // kokkai-h28-kessan-ndl-blog lines 20 and 22: an expense's account in one sentence each;
  // 96.6 = 93.4 + 3.2 and 24 = 23.9 + 0.0863 (863万円) within the 億 printed.
  static let sentences = [
    "職員の人件費（説明文）歳出予算額96.6億円、支出済額93.4億円、不用額3.2億円（説明文）", "",
    "資料購入費、資料費、資料整備費、納入出版物代償金（説明文）歳出予算額24億円、支出済額23.9億円、不用額863万円（説明文）",
  ]

  @Test func anAccountInASentenceItsIdentityProves() {
    var reader = GenericReader.reading(Self.sentences)
    reader.readBulletedAccounts()
    reader.dropAmbiguousLabels()
    let settled = reader.amountLines.filter { $0.isSettledAccountLine == true }
    #expect(settled.map(\.span.line) == [1, 3])
    let numbers = settled.compactMap { $0.amount.amount?.parts.first.map { "\($0.number)" } }
    #expect(numbers == ["93.4", "23.9"])
    // 不用額 3.9億円: 93.4 + 3.9 is not 96.6; the sentence proves nothing.
    var texts = Self.sentences
    texts[0] = "職員の人件費（説明文）歳出予算額96.6億円、支出済額93.4億円、不用額3.9億円（説明文）"
    var off = GenericReader.reading(texts)
    off.readBulletedAccounts()
    #expect(off.amountLines.filter { $0.isSettledAccountLine == true }.map(\.span.line) == [3])
  }
}
