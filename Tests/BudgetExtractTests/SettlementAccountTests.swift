import BudgetModel
import Testing

@testable import BudgetExtract

/// Settlement accounts the line reader leaves unread, read as one block whose identities prove
/// it (`SettlementAccount`, `GenericReader+SettlementAccount`; issue #20): real excerpts of
/// 会計検査院's 決算検査報告 and the special accounts' 決算 pages.
@Suite struct SettlementAccountTests {
  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readSettlementAccounts(lines)
    return reader
  }

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.parts[0].number)" } ?? "-" }
  }

  // kokudo-h05-doro-tokkai-kessan lines 17-32: `(歳入)` / `(歳出)` inside the table, the
  // first row's cells one per line each after `千円`. 6,144,040,672 + 62,196 + 270,098 =
  // 6,144,372,966 (printed …967); 5,883,129,042 + 751,694,298 + 42,558,558 = 6,677,381,898
  // (printed …899): both settled rows are kept, in 千円, the settlement of 5年度 and 4年度.
  static let roadAccount = [
    "  区分 5年度 (4年度)", "(歳入)", "", " 徴収決定済額", "千円", "6,144,372,967", "千円",
    "4,205,904,426", " 収納済歳入額 6,144,040,672 4,205,561,382", " 不納欠損額 62,196 58,906",
    " 収納未済歳入額 270,098 284,137", "(歳出)", " 歳出予算現額 6,677,381,899 4,447,021,627",
    " 支出済歳出額 5,883,129,042 4,046,263,548", " 翌年度繰越額 751,694,298 360,823,461",
    " 不用額 42,558,558 39,934,617", "", "(説明文)",
  ]

  @Test func rowsWithTheirSidesAndCellsAfterUnits() throws {
    let reader = Self.read(Self.roadAccount)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.unit == "千円")
    #expect(table.rows.map(\.label) == ["収納済歳入額", "支出済歳出額"])
    #expect(
      table.rows.map(figures) == [["6144040672", "4205561382"], ["5883129042", "4046263548"]])
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.fiscalYearLabel) == ["5年度", "4年度"])
    #expect(meanings.allSatisfy { $0.stage == .settlement })
    #expect(
      Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [6, 10, 11, 13, 15, 16]))
  }

  // One figure off (不用額 42,558,558 printed 42,585,558): the expenditure side does not add
  // up, nothing of the block is exported.
  @Test func anAccountThatDoesNotAddUpStaysReported() {
    var lines = Self.roadAccount
    lines[15] = " 不用額 42,585,558 39,934,617"
    let reader = Self.read(lines)
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 14 })
  }

  // keisan-h19-enetokkai-kessan-kensain lines 9-78: one cell per line between `|` lines, each
  // label printed once per year column; no 収納未済歳入額 row (2,331,679,620 + 12,522 =
  // 2,331,692,142, printed …143; 2,193,466,778 + `−`).
  @Test func oneCellPerLineWithEachLabelTwice() throws {
    var texts = ["区分", "|", "19年度", "千円", "|", "(18年度)", "千円", "|", "|", "(歳入)", "|", "|||"]
    let rows: [(String, String, String)] = [
      ("徴収決定済額", "2,331,692,143", "2,193,466,778"), ("収納済歳入額", "2,331,679,620", "2,193,466,778"),
      ("不納欠損額", "12,522", "−"), ("歳出予算現額", "2,390,924,451", "2,236,780,350"),
      ("支出済歳出額", "2,030,482,101", "1,928,576,182"), ("翌年度繰越額", "52,063,561", "116,818,979"),
      ("不用額", "308,378,788", "191,385,188"),
    ]
    for (k, row) in rows.enumerated() {
      if k == 3 { texts += ["(歳出)", "|", "|||"] }
      texts += [row.0, "|", row.1, "|", row.0, "|", row.2, "|"]
    }
    let reader = Self.read(texts + ["(説明文)"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["収納済歳入額", "支出済歳出額"])
    #expect(
      table.rows.map(figures) == [["2331679620", "2193466778"], ["2030482101", "1928576182"]])
    #expect(table.rows[0].cellLines.count == 2)
    #expect(try #require(table.meanings).map(\.fiscalYearLabel) == ["19年度", "18年度"])
  }

  // homu-h22-toki-tokkai-kessan lines 5-16: the account's words are the header, the years a
  // line under it, then one line of cells per word in the header's order (`—` nothing).
  @Test func theWordsAsTheHeaderAndOneLinePerWord() throws {
    let reader = Self.read([
      "(ア) 歳入歳出決算",
      "歳入 | 徴収決定済額(千円) | 収納済歳入額(千円) | 不納欠損額(千円) | 収納未済歳入額(千円) |",
      "22年度 21年度 |", "160,415,166 175,750,850 |", "160,385,486 175,748,212 |", "— 2,581 |",
      "29,680 57 |",
      "歳出 | 歳出予算現額(千円) | 支出済歳出額(千円) | 翌年度繰越額(千円) | 不用額(千円) |",
      "22年度 21年度 |", "163,390,872 171,492,108 |", "149,234,292 158,949,056 |",
      "1,466,891 5,377,895 |", "12,689,688 7,165,156 |", "(説明文)",
    ])
    let table = try #require(reader.tables.first)
    #expect(table.section == "(ア) 歳入歳出決算")
    #expect(table.rows.map(figures) == [["160385486", "175748212"], ["149234292", "158949056"]])
    #expect(table.rows.map(\.span.line) == [5, 11])
  }

  // Swapping two lines of cells breaks the identities: the transposed block is not read.
  @Test func transposedLinesOutOfOrderAreReported() {
    let reader = Self.read([
      "歳出 | 歳出予算現額(千円) | 支出済歳出額(千円) | 翌年度繰越額(千円) | 不用額(千円) |",
      "22年度 21年度 |", "149,234,292 158,949,056 |", "163,390,872 171,492,108 |",
      "1,466,891 5,377,895 |", "12,689,688 7,165,156 |",
    ])
    #expect(reader.tables.isEmpty)
  }

  // No unit printed in the block: the account adds up, but its figures' unit is not known.
  @Test func anAccountWithNoUnitIsNotRead() {
    let reader = Self.read(Self.roadAccount.filter { $0 != "千円" })
    #expect(reader.tables.isEmpty)
  }

  // national-h26-kessan-kensain line 36: an outline heading naming the settled amount.
  @Test(arguments: ["ア 支出済歳出額", "(ア)収納済歳入額", "1 決算額", "①支出済歳出額", "2. 支出済歳出額"])
  func markedSettledHeadings(_ text: String) {
    #expect(SettlementHeader.isSettledHeading(text))
  }

  @Test(arguments: ["所管別 支出済歳出額", "ア 支出済歳出額の推移", "アイ 支出済歳出額", "ア 不用額"])
  func otherMarkedHeadings(_ text: String) {
    #expect(!SettlementHeader.isSettledHeading(text))
  }
}

extension SettlementAccountTests {
  // The same account as another year's page may print it: full-width digits, the era, the
  // unit glued to each cell, a label spaced out.
  @Test func fullWidthSpacedLabelsAndUnitsInTheCells() throws {
    let reader = Self.read([
      "区 分 平成５年度 平成４年度", "（歳 出）", "歳出予算現額 ６,６７７,３８１,８９９千円 ４,４４７,０２１,６２７千円",
      "支 出 済 歳 出 額 ５,８８３,１２９,０４２千円 ４,０４６,２６３,５４８千円",
      "翌年度繰越額 ７５１,６９４,２９８千円 ３６０,８２３,４６１千円", "不用額 ４２,５５８,５５８千円 ３９,９３４,６１７千円",
    ])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "千円")
    #expect(table.rows.map(\.label) == ["支出済歳出額"])
    #expect(table.rows.map(figures) == [["5883129042", "4046263548"]])
    #expect(try #require(table.meanings).map(\.fiscalYearLabel) == ["平成5年度", "平成4年度"])
  }
}

extension SettlementAccountTests {
  // national-h26-kessan-kensain lines 32-41: under the outline heading `ア 支出済歳出額`
  // (`(ア) 所管別` between), the table by 所管 is the settled amount of both years.
  @Test func anOutlineHeadingNamingTheSettledAmount() throws {
    let reader = GenericReader.reading([
      "区分 26年度(千円) 25年度(千円)", "支出済歳出額 98,813,467,430 100,188,878,834",
      "翌年度繰越額 3,604,866,310 3,793,187,125", "不用額 1,411,809,584 1,783,420,607",
      "ア 支出済歳出額", "(ア) 所管別", "所管 26年度(千円) 25年度(千円)", "皇室費 6,152,786 5,775,457",
      "国会 133,005,616 126,646,905",
    ])
    let byOrganization = try #require(reader.tables.last)
    #expect(reader.tables.count == 2)
    #expect(byOrganization.rows.map(\.label) == ["皇室費", "国会"])
    #expect(byOrganization.rows.map(figures)[1] == ["133005616", "126646905"])
    #expect(try #require(byOrganization.meanings).allSatisfy { $0.stage == .settlement })
  }
}

extension SettlementAccountTests {
  // The unit stated above the account's heading (`(単位:千円)` / `1 歳入歳出決算`): the
  // block prints none, the statement is its unit; with a line of figures between, it is not.
  @Test func theUnitStatedAboveTheHeading() throws {
    let account = Self.roadAccount.filter { $0 != "千円" }
    let reader = Self.read(["(単位:千円)", "1 歳入歳出決算"] + account)
    #expect(try #require(reader.tables.first).unit == "千円")
    let apart = Self.read(["(単位:千円)", "道路延長 178 165", "1 歳入歳出決算"] + account)
    #expect(apart.tables.allSatisfy { $0.rows.allSatisfy { $0.label != "支出済歳出額" } })
  }
}
