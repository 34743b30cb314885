import BudgetModel
import Testing

@testable import BudgetExtract

/// A list of amounts each followed by a signed difference, closed by a total row, with no
/// header (national-h27-shuyo-keihi-reuters, a news agency's 主要経費別 list; issue #20).
@Suite struct SignedChangeListTests {
  static let reuters = [
    "[東京 12日 ロイター] - ",
    "  社会保障関係費   31兆5300億円   +1兆円",
    "  文教及び科学振興費   5兆3600億円  ─700億円",
    "  (うち科学技術振興費)  1兆2900億円  ─500億円",
    "  国債費     23兆4500億円 +1800億円",
    "  恩給関係費      3900億円  ー500億円",
    "  地方交付税交付金等  15兆5400億円 ─6100億円",
    "  防衛関係費     4兆9800億円 +1000億円",
    "  公共事業関係費    5兆9700億円   +0億円",
    "  経済協力費       5100億円   ─0億円",
    "  中小企業対策費     1900億円   +0億円",
    "  エネルギー対策費    9000億円  ─700億円",
    "  食料安定供給関係費   1兆0400億円  ─100億円",
    "  その他の事項経費   6兆1400億円  ─100億円",
    "  予備費       3500億円   +0億円",
    "  ",
    " 合計       96兆3400億円 +4600億円",
  ]

  func yen(_ figure: PrintedFigure?) -> Int64? {
    guard let amount = figure?.amount, let y = GenericReader.yen(amount) else { return nil }
    return amount.isNegative ? -y.value : y.value
  }

  // The rows' changes add up to the total's exactly (+4,600億円) and their amounts to
  // 96兆3500億円, 100億円 from the total's 96兆3400億円: within the rounding of 13 figures
  // printed to 100億円. Every row is its amount and change; the うち row is a part.
  @Test func aNewsListOfAmountsAndSignedChanges() throws {
    let reader = GenericReader.reading(Self.reuters)
    let rows = reader.amountLines
    #expect(rows.count == 15)
    #expect(rows.map(\.span.line) == Array(2...15) + [17])
    #expect(rows.first?.label == "社会保障関係費")
    #expect(yen(rows.first?.amount) == 31_530_000_000_000)
    #expect(yen(rows.first?.change) == 1_000_000_000_000)
    #expect(yen(rows[1].change) == -70_000_000_000)
    #expect(rows[2].isPart == true && rows[2].label == "(うち科学技術振興費)")
    #expect(yen(rows[4].amount) == 390_000_000_000 && yen(rows[4].change) == -50_000_000_000)
    #expect(yen(rows[8].change) == 0)
    #expect(rows.last?.label == "合計")
    #expect(yen(rows.last?.amount) == 96_340_000_000_000)
    #expect(yen(rows.last?.change) == 460_000_000_000)
  }

  // The same list as a ministry prints it: `▲` for minus, the difference in parentheses.
  @Test func theSameListWithTriangleSignsAndParentheses() throws {
    let triangles = Self.reuters.map {
      $0.replacingOccurrences(of: "─", with: "▲").replacingOccurrences(of: "ー", with: "▲")
    }
    let spaced = GenericReader.reading(triangles)
    #expect(spaced.amountLines.count == 15)
    #expect(yen(spaced.amountLines[5].change) == -610_000_000_000)
    let parenthesized = Self.reuters.map { text -> String in
      guard let k = text.lastIndex(where: { "+─ー".contains($0) }) else { return text }
      let before = String(text[..<k]).replacingOccurrences(of: " ", with: "")
      return before + "(" + (text[k] == "+" ? "+" : "▲") + text[text.index(after: k)...] + ")"
    }
    let reader = GenericReader.reading(parenthesized)
    #expect(reader.amountLines.count == 15)
    #expect(yen(reader.amountLines[1].change) == -70_000_000_000)
    #expect(yen(reader.amountLines.last?.change) == 460_000_000_000)
  }

  // No total row, a total the rows do not add up to, or a change larger than its amount: the
  // reading is not proven and every row is reported.
  @Test func aListItsOwnSumsDoNotProveIsReported() {
    let untotalled = GenericReader.reading(Array(Self.reuters.dropLast(2)))
    #expect(untotalled.amountLines.isEmpty)
    #expect(untotalled.diagnostics.count == 14)
    var wrong = Self.reuters
    wrong[wrong.count - 1] = " 合計       96兆3400億円 +5600億円"
    let unproven = GenericReader.reading(wrong)
    #expect(unproven.amountLines.isEmpty)
    #expect(unproven.diagnostics.count == 15)
    var larger = Self.reuters
    larger[9] = "  経済協力費       5100億円   +5200億円"
    larger[larger.count - 1] = " 合計       96兆3400億円 +9800億円"
    #expect(GenericReader.reading(larger).amountLines.isEmpty)
  }

  // The same list as a table prints it: bare numbers under the unit statement, `▲` for minus,
  // one label spaced by justification.
  @Test func bareNumbersTakeTheStatedUnit() throws {
    let bare = [
      "主要経費別内訳", "(単位:億円)",
      "社会保障関係費 315,300 +10,000", "文 教 及 び 科 学 振 興 費 53,600 ▲700",
      "(うち科学技術振興費) 12,900 ▲500", "国債費 234,500 +1,800", "恩給関係費 3,900 ▲500",
      "地方交付税交付金等 155,400 ▲6,100", "防衛関係費 49,800 +1,000", "公共事業関係費 59,700 +0",
      "経済協力費 5,100 ▲0", "中小企業対策費 1,900 +0", "エネルギー対策費 9,000 ▲700",
      "食料安定供給関係費 10,400 ▲100", "その他の事項経費 61,400 ▲100", "予備費 3,500 +0",
      "合計 963,400 +4,600",
    ]
    let reader = GenericReader.reading(bare)
    #expect(reader.amountLines.count == 15)
    #expect(reader.amountLines.first?.amount.amount?.parts.first?.unit == "億円")
    #expect(yen(reader.amountLines.first?.amount) == 31_530_000_000_000)
    #expect(yen(reader.amountLines[1].change) == -70_000_000_000)
    #expect(yen(reader.amountLines.last?.change) == 460_000_000_000)
  }

  // The total printed first, as news often leads with it (`一般会計総額 96兆3400億円 +4600億円`).
  @Test func theTotalPrintedFirst() throws {
    let rows = Array(Self.reuters[1...14])
    let first = GenericReader.reading(["一般会計総額 96兆3400億円 +4600億円"] + rows)
    #expect(first.amountLines.count == 15)
    #expect(first.amountLines.first?.label == "一般会計総額")
    #expect(yen(first.amountLines.first?.change) == 460_000_000_000)
    // A total first and another total last: which is the list's is not certain.
    let both = GenericReader.reading(
      ["一般会計総額 96兆3400億円 +4600億円"] + rows + [" 合計       96兆3400億円 +4600億円"])
    #expect(both.amountLines.isEmpty)
  }
}
