import BudgetModel
import Testing

@testable import BudgetExtract

/// Headlines that compare their amount with the prior year's in words (issue #20: the
/// 環境保全経費 documents of the whole national budget).
@Suite struct GenericComparisonTests {
  static let parser = FigureParser(lexicon: .standard)

  func read(_ texts: [String]) -> GenericReader { GenericReader.reading(texts) }

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  // national-h11-kankyo-hozen-yosan-an, lines 11-13: 30,213 − 27,222 = 2,991 億円, and
  // 2,991 / 27,222 = 10.99 % (11.0 as printed).
  @Test func comparisonOnOneLine() throws {
    let reader = read([
      "1.環境保全経費の総額", "",
      "3兆213億円 --- 平成10年度当初予算額(2兆7,222億円)と比べ、2,991億円、11.0%の増額",
    ])
    #expect(reader.diagnostics.isEmpty)
    let record = try #require(reader.amountLines.first)
    #expect(reader.amountLines.count == 1)
    #expect(record.label == "1.環境保全経費の総額")
    #expect(parts(record.amount) == ["3兆", "213億円"])
    #expect(parts(record.prior) == ["2兆", "7222億円"])
    #expect(record.prior?.label == "平成10年度当初予算額")
    #expect(parts(record.change) == ["2991億円"])
    #expect(record.changeRatePercent == DecimalNumber(ascii: "11.0"))
    #expect(record.span.line == 3 && record.changeLine == 3)
  }

  // national-h13-kankyo-hozen-yosan-an, lines 12-14: the sentence goes on on the next line;
  // 30,484 − 30,420 = 64, printed 65 (each figure rounded to 億円), 65 / 30,420 = 0.21 %.
  @Test func comparisonOverTwoLines() throws {
    let reader = read([
      "1. 環境保全経費の総額", "3兆484億円・・・・・平成12年度当初予算額(3兆420億円)と比べ、",
      " 65億円、0.2%の増額 ",
    ])
    #expect(reader.diagnostics.isEmpty)
    let record = try #require(reader.amountLines.first)
    #expect(parts(record.change) == ["65億円"])
    #expect(record.changeRatePercent == DecimalNumber(ascii: "0.2"))
    #expect(record.span.line == 2 && record.span.endLine == 3 && record.changeLine == 3)
  }

  // The same sentence with a change or a rate the amounts do not give is not read: both
  // lines are reported.
  @Test(arguments: [
    ("3兆484億円・・・・・平成12年度当初予算額(3兆420億円)と比べ、", " 165億円、0.2%の増額 "),
    ("3兆484億円・・・・・平成12年度当初予算額(3兆420億円)と比べ、", " 65億円、2.0%の増額 "),
    ("3兆484億円・・・・・平成12年度当初予算額(3兆420億円)と比べ、", " 65億円、0.2%の減額 "),
    ("3兆484億円・・・・・平成12年度当初予算額(3兆420億円)と比べ、", " 65億円、0.2%の増額となった。"),
  ])
  func comparisonNotConfirmedIsReported(_ head: String, _ tail: String) {
    let reader = read(["1. 環境保全経費の総額", head, tail])
    #expect(reader.amountLines.isEmpty)
    #expect(Set(reader.diagnostics.map(\.span.line)) == [2, 3])
  }

  // The same sentence with its rate in parentheses, or with no rate: the amounts' own
  // difference still has to be the change; a rate in parentheses the amounts do not give is
  // not read.
  @Test(arguments: [
    ("と比べ、2,991億円(11.0%)の増", "11.0" as String?, true),
    ("に比べて2,991億円の増額", nil, true),
    ("と比べ、2,991億円(12.0%)の増", nil, false),
    ("と比べ、2,990億円の増額", nil, true),
    ("と比べ、2,989億円の増額", nil, false),
  ])
  func comparisonVariants(_ tail: String, _ rate: String?, _ read: Bool) {
    let reader = self.read([
      "1.環境保全経費の総額", "3兆213億円 --- 平成10年度当初予算額(2兆7,222億円)\(tail)",
    ])
    #expect(reader.amountLines.count == (read ? 1 : 0), "\(tail)")
    #expect(
      reader.amountLines.first?.changeRatePercent == rate.flatMap { DecimalNumber(ascii: $0) })
  }

  // national-h31-kankyo-hozen-gaisan, line 10: 1,972 / (21,149 − 1,972) = 10.28 %.
  @Test func rateInAChangesLabel() throws {
    let text = "平成31年度概算要求の総額:2兆1,149億円(前年度当初予算比10.3%増、+1,972億円)"
    let reader = read([text])
    #expect(reader.amountLines.count == 2)
    let change = try #require(reader.amountLines.last)
    #expect(change.label == "前年度当初予算比10.3%増")
    #expect(change.changeRatePercent == DecimalNumber(ascii: "10.3"))
    // A rate the amounts do not give stays unread (the change is still the change).
    let wrong = read([text.replacing("10.3%", with: "11.3%")])
    #expect(wrong.amountLines.count == 2)
    #expect(wrong.amountLines.last?.changeRatePercent == nil)
  }

  @Test(
    arguments: [
      ("前年度当初予算比10.3%増", "10.3"), ("前年度比2.5%の減", "-2.5"), ("前年度当初予算比10.3%", nil),
      ("10.3%増", nil),
    ] as [(String, String?)])
  func ratesOfLabels(_ label: String, _ rate: String?) {
    #expect(GenericReader.labelRate(label) == rate.flatMap { DecimalNumber(ascii: $0) })
  }
}

/// Items whose amounts are bare numbers under the list's unit statement (issue #20:
/// national-h12-chikyu-kankyo-gaisan).
@Suite struct GenericBareItemsTests {
  static let lines = [
    "平成12年度地球環境保全関係予算概算要求について", "    (単位は百万円)", "2. 観測・監視、調査研究", "1,454億円",
    "  （説明文）", "  ・地球環境研究総合推進費(環境庁)", "2,750( 2,650)", "  ・地球変動予測に関する研究開発の推進(科学技術庁)",
    "68,574(55,680)",
  ]

  // Lines 13, 24-30: each item takes the stated unit; the figures in parentheses have no
  // legend and are reported; 2,750 + 68,574 百万円 is under the section's 1,454億円.
  @Test func bareNumbersTakeTheStatedUnit() {
    let reader = GenericReader.reading(Self.lines)
    #expect(
      reader.amountLines.map(\.label) == [
        "2. 観測・監視、調査研究", "・地球環境研究総合推進費(環境庁)", "・地球変動予測に関する研究開発の推進(科学技術庁)",
      ])
    #expect(
      reader.amountLines.dropFirst().map { $0.amount.amount } == [
        PrintedAmount(DecimalNumber(significand: 2750, scale: 0), unit: "百万円"),
        PrintedAmount(DecimalNumber(significand: 68574, scale: 0), unit: "百万円"),
      ])
    #expect(reader.amountLines.allSatisfy { $0.prior == nil })
    #expect(reader.diagnostics.map(\.span.line) == [7, 9])
  }

  // The same items under a total they exceed (the unit cannot be the stated one), or with no
  // unit statement: not read, reported.
  @Test func itemsOverTheirTotalOrWithoutAUnitAreReported() {
    var over = Self.lines
    over[3] = "14億円"
    let reader = GenericReader.reading(over)
    #expect(reader.amountLines.map(\.label) == ["2. 観測・監視、調査研究"])
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [7, 9]))
    var noUnit = Self.lines
    noUnit[1] = ""
    let plain = GenericReader.reading(noUnit)
    #expect(plain.amountLines.count == 1)
    #expect(Set(plain.diagnostics.map(\.span.line)).isSuperset(of: [7, 9]))
  }

  @Test(arguments: ["2,750( 2,650)", "68(   0)"])
  func bareFigures(_ text: String) {
    #expect(GenericReader.bareItemFigures(text) != nil)
  }

  @Test(arguments: ["2,75( 2,650)", "68(0", "▲68", "68億円", "1.5", "(68)", "614", "12"])
  func notBareFigures(_ text: String) {
    #expect(GenericReader.bareItemFigures(text) == nil)
  }
}
