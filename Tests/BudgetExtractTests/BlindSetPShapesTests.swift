import BudgetModel
import Testing

@testable import BudgetExtract

/// Shapes of blind set P (`Tests/Fixtures/RealWorld/SOURCES-p.md`; issue #20) read by the
/// extract: a settlement header printed by a blog (`歳入: 算額 収納済額 差額`, one column word
/// damaged) over cells that print their own unit.
@Suite struct BlindSetPShapesTests {
  // fukko-h28-fukkotokkai-kessan-sainyu-blog lines 21-32 (復興特会 平成28年度 決算, 歳入).
  static let revenue = [
    "歳入: 算額 収納済額 差額",
    "租税 3714億円 3706億円 -7.7億円",
    "うち復興特別所得税 3714億円 3671億円 -43億円",
    "うち復興特別法人税 0円 35億円 +35億円",
    "一般会計より受入 6999億円 6999億円 0円",
    "復興公債金 1兆9037億円 7909億円 -1兆1128億円",
    "公共事業費負担金収入 912億円 931億円 +19億円",
    "災害等廃棄物処理事業費負担金収入 6.1億円 6.0億円 -1533万円",
    "附帯工事費負担金収入 4.7億円 2.9億円 -1.7億円",
    "雑収入 1427億円 7253億円 +5826億円",
    "前年度剰余金受入 134億円 1兆4245億円 +1兆4111億円",
    "歳入合計: 3兆2235億円 4兆1053億円 +8819億円",
  ]

  func settled(_ row: SummaryRowRecord) -> String {
    row.cells[1].amount.map { $0.parts.map { "\($0.number)\($0.unit ?? "")" }.joined() } ?? "-"
  }

  // 3706 − 3714 = −7.7 (to the 億 printed), 7909 − 1兆9037 = −1兆1128, 6.0 − 6.1 = −0.1533
  // (−1533万円, within the 0.1億 printed): the unnamed `算額` is the budget the difference is
  // measured against, proven on all 11 rows; only 収納済額 is an amount of the schema.
  @Test func aBlogsRevenueAccountWithUnitsInTheCells() throws {
    let reader = GenericReader.reading(Self.revenue)
    let table = try #require(reader.tables.first)
    #expect(table.confirmed)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.header) == ["算額", "収納済額", "差額"])
    #expect(meanings.map(\.kind) == [.other, .amount, .other])
    #expect(meanings[1].stage == .settlement)
    #expect(table.rows.count == 11)
    #expect(table.rows.first?.label == "租税")
    #expect(table.rows.map(settled).prefix(5) == ["3706億円", "3671億円", "35億円", "6999億円", "7909億円"])
    #expect(table.rows.map(settled)[6] == "6.0億円")
    #expect(table.rows.map(settled).last == "4兆1053億円")
  }

  // The budget and the settled amount printed the other way round: the identity fails on
  // every row where they differ, and no figure is exported.
  @Test func anAccountItsIdentityContradictsIsNotExported() {
    let swapped = Self.revenue.map { line -> String in
      var words = line.split(separator: " ").map(String.init)
      guard words.count == 4, !line.hasPrefix("歳入:") else { return line }
      words.swapAt(1, 2)
      return words.joined(separator: " ")
    }
    let reader = GenericReader.reading(swapped)
    #expect(!reader.tables.contains { $0.confirmed })
  }

  // The header's words: the side and its colon, `差額`, and one word the accounts law does not
  // print, which takes the one role an identity lacks (the budget); never the settled amount.
  @Test func theUnnamedColumnTakesTheRoleItsIdentityLacks() throws {
    let read = try #require(SettlementHeader.read(["歳入: 算額 収納済額 差額"]))
    #expect(
      SettlementHeader.roles(read.meanings) == [.revenueBudget, .settledRevenue, .difference])
    let budget = try #require(SettlementHeader.read(["予算額 収納済額 差額"]))
    #expect(SettlementHeader.roles(budget.meanings).first == .revenueBudget)
    // The settled column unnamed (`歳入額`): no role is taken, the header is not read.
    #expect(SettlementHeader.read(["歳入: 予算額 歳入額 差額"]) == nil)
    // Two words the law does not print: not read.
    #expect(SettlementHeader.read(["算額 収入額 差額"]) == nil)
  }

  // Cells with their own unit, checked in yen within the printed digit.
  @Test func cellsWithTheirOwnUnitAreCheckedInYen() throws {
    let parser = FigureParser(lexicon: .standard)
    func cells(_ texts: [String]) throws -> [CellToken] {
      try texts.map { try #require(CellToken.parse($0, line: 28, parser: parser)) }
    }
    let small = try cells(["6.1億円", "6.0億円", "-1533万円"])
    #expect(SettlementHeader.holdsInYen(total: 1, parts: [0, 2], small) == true)
    let trillion = try cells(["1兆9037億円", "7909億円", "-1兆1128億円"])
    #expect(SettlementHeader.holdsInYen(total: 1, parts: [0, 2], trillion) == true)
    let off = try cells(["6.1億円", "6.0億円", "-3533万円"])
    #expect(SettlementHeader.holdsInYen(total: 1, parts: [0, 2], off) == false)
  }

  // kokudo-r4-kaiho-hosei-ships line 5: the total, then its four parts after `内訳`, each cut
  // from the next by `,` after its `円` (a comma inside `防災・減災,国土強靱化` stays in the label).
  @Test func aListCutByCommasAfterItsAmounts() throws {
    let text =
      " 海上保安庁の同年度補正予算計上額 760億円 内訳 戦略的海上保安体制の強化等に632億円,防災・減災,国土強靱化の推進に34億円,自然災害からの復旧・復興の加速に2億円,原油価格および電気料金高騰への対応に92億円。(説明文)"
    let reading = try #require(ClauseFigures.read(text, parser: FigureParser(lexicon: .standard)))
    #expect(reading.unread == 0)
    #expect(
      reading.entries.map(\.label) == [
        "海上保安庁の同年度補正予算計上額", "戦略的海上保安体制の強化等", "防災・減災,国土強靱化の推進",
        "自然災害からの復旧・復興の加速", "原油価格および電気料金高騰への対応",
      ])
    #expect(
      reading.entries.map { "\($0.amount.parts[0].number)" } == ["760", "632", "34", "2", "92"])
  }
}
