import BudgetModel
import Testing

@testable import BudgetExtract

/// Figures in the clauses of broken sentences, exported only where the document's arithmetic
/// proves them (issue #20: blind set M's koshitsu-h29, monka-r5-bunkyo-kagaku, boei-r5-hakusho).
@Suite struct ClauseFiguresTests {
  static let koshitsu = [
    "皇室費", "平成29年度の皇室費（説明文）62億1800万円（説明文）前年比1.9%増（説明文）1億1800万円の増（説明文）",
    "（説明文）", "内廷費（説明文）昨年同額の3億2400万円（説明文）", "（説明文）",
    "宮廷費（説明文）56億7900万円、1億3300万円の増（説明文）", "（説明文）",
    "儀典関係費 753百万円 4百万円増", "宮殿等管理費 951百万円 66百万円増", "皇室用財産修繕費 1414百万円 58百万円増",
    "皇居等施設整備費 2295百万円 94百万円増", "文化財管理費 171百万円 39百万円減", "車馬管理費 95百万円 50百万円減",
    "皇族費（説明文）2億1500万円（説明文）前年比1500万円の減（説明文）",
  ]

  static func yen(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 1_000_000 }
  }

  static func figures(_ reader: GenericReader) -> [[Int128?]] {
    reader.amountLines.sorted { $0.span.line < $1.span.line }.map {
      [Int128($0.span.line), yen($0.amount), yen($0.change)]
    }
  }

  // 753 + 951 + 1,414 + 2,295 + 171 + 95 = 5,679百万円 = 宮廷費 56億7900万円, and the changes
  // 4 + 66 + 58 + 94 − 39 − 50 = 133百万円 = its 1億3300万円の増; 内廷費 3億2400万円 (同額: 0)
  // + 宮廷費 + 皇族費 2億1500万円 = 62億1800万円 = 皇室費, and 0 + 1億3300万 − 1500万 = its
  // 1億1800万円の増, whose rate 1.18 / (62.18 − 1.18) = 1.93% is the printed 1.9%.
  @Test func sentencesAndItemsProvenByTheirSums() {
    let reader = GenericReader.reading(Self.koshitsu)
    #expect(
      Self.figures(reader) == [
        [2, 6_218_000_000, 118_000_000], [4, 324_000_000, nil], [6, 5_679_000_000, 133_000_000],
        [8, 753_000_000, 4_000_000], [9, 951_000_000, 66_000_000], [10, 1_414_000_000, 58_000_000],
        [11, 2_295_000_000, 94_000_000], [12, 171_000_000, -39_000_000],
        [13, 95_000_000, -50_000_000], [14, 215_000_000, -15_000_000],
      ])
    #expect(reader.amountLines.first?.changeRatePercent == DecimalNumber(ascii: "1.9"))
    #expect(reader.amountLines.map(\.label).contains("宮廷費"))
    #expect(!reader.diagnostics.contains { (2...14).contains($0.span.line) })
  }

  // 車馬管理費 printed 59百万円: the items no longer add up to 宮廷費 and are reported; 宮廷費
  // is still proven as a part of 皇室費 (内廷費 + 宮廷費 + 皇族費, changes 0 + 133 − 15 = 118).
  @Test func itemsThatDoNotAddUpAreReported() {
    var lines = Self.koshitsu
    lines[12] = "車馬管理費 59百万円 50百万円減"
    let reader = GenericReader.reading(lines)
    #expect(!reader.amountLines.contains { (8...13).contains($0.span.line) })
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: Set(8...13)))
    #expect(reader.amountLines.contains { $0.span.line == 6 && Self.yen($0.change) == 133_000_000 })
    // 皇族費 printed 2億5100万円 instead: 皇室費's parts no longer add up; 宮廷費 and its items
    // are read (their sum), 皇室費 by its change and rate; 内廷費 and 皇族費 are reported.
    lines[12] = Self.koshitsu[12]
    lines[13] = "皇族費（説明文）2億5100万円（説明文）前年比1500万円の減（説明文）"
    let other = GenericReader.reading(lines)
    #expect(Self.figures(other).map { $0[0] } == [2, 6, 8, 9, 10, 11, 12, 13])
    #expect(Set(other.diagnostics.map(\.span.line)).isSuperset(of: [4, 14]))
  }

  // One sentence alone: its amount and change are proven by nothing; reported.
  @Test func aSentenceAloneIsReported() {
    let reader = GenericReader.reading([Self.koshitsu[0], Self.koshitsu[5]])
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
  }

  // 4兆216億円 + 1兆3,942億円 = 5兆4,158億円 and 283 / (54,158 − 283) = 0.53% (+0.5%).
  static let monka =
    "(1)一般会計の5年度の文教及び科学振興費（説明文）5兆4,158億円(4年度当初予算比+283億円、+0.5%)（説明文）文教関係費（説明文）4兆216億円、科学技術振興費（説明文）1兆3,942億円（説明文）"

  @Test func partsOnTheTotalsLine() {
    let reader = GenericReader.reading(["特集 令和5年度 文教及び科学振興費について", Self.monka])
    #expect(
      Self.figures(reader) == [
        [2, 5_415_800_000_000, 28_300_000_000], [2, 4_021_600_000_000, nil],
        [2, 1_394_200_000_000, nil],
      ])
    #expect(reader.amountLines.first?.changeRatePercent == DecimalNumber(ascii: "0.5"))
    #expect(
      reader.amountLines.map(\.label).suffix(2) == [
        "(1)一般会計の5年度の文教及び科学振興費のうち文教関係費",
        "(1)一般会計の5年度の文教及び科学振興費のうち科学技術振興費",
      ])
  }

  // 6兆6,001億円 with 1兆4,213億円 (27.4%) 増: 14,213 / 51,788 = 27.44%. The total "including"
  // another one and the ratio (2.9倍) are reported.
  @Test func aChangeAndItsRateProveTheAmount() {
    let text =
      "歳出予算（説明文）整備計画対象経費（説明文）6兆6,001億円(前年度比1兆4,213億円(27.4%)増)（説明文）米軍再編等2を含めると6兆8,219億円（説明文）新規後年度負担3(新たな事業)（説明文）整備計画対象経費（説明文）7兆676億円(前年度比2.9倍)（説明文）"
    let reader = GenericReader.reading(["令和5年度防衛関係費", text])
    #expect(Self.figures(reader) == [[2, 6_600_100_000_000, 1_421_300_000_000]])
    #expect(reader.amountLines.first?.changeRatePercent == DecimalNumber(ascii: "27.4"))
    #expect(reader.diagnostics.contains { $0.span.line == 2 })
    // A rate that is not the change over the prior amount (28.4%): nothing is proven.
    let wrong = text.replacingOccurrences(of: "(27.4%)", with: "(28.4%)")
    #expect(GenericReader.reading(["令和5年度防衛関係費", wrong]).amountLines.isEmpty)
  }

  // national-r2-shuyo-keihi-rinji: the sentences state the rows of the table after them
  // (its latest year, 令和2年度, confirmed by B − A = C); 地方財政 is no row of it: reported.
  static let statedTable = [
    "文教及び科学振興費（説明文）5兆5,055億円（説明文）地方財政（説明文）15兆8,093億円（説明文）防衛関係費（説明文）5兆3,133億円（説明文）",
    "(単位:億円)", "令和元年度予算(当初) 令和2年度予算(当初) 増減額", "社会保障関係費 341,306 358,608 17,302",
    "文教及び科学振興費 55,884 55,055 ▲829", "防衛関係費 52,574 53,133 559",
  ]

  @Test func sentencesStatingAConfirmedTable() {
    let reader = GenericReader.reading(Self.statedTable)
    #expect(reader.tables.first?.confirmed == true)
    #expect(Self.figures(reader) == [[1, 5_505_500_000_000, nil], [1, 5_313_300_000_000, nil]])
    #expect(reader.diagnostics.contains { $0.span.line == 1 })
    // The sentence's 5兆5,155億円 is not the row's 55,055: reported.
    var other = Self.statedTable
    other[0] = other[0].replacingOccurrences(of: "5兆5,055億円", with: "5兆5,155億円")
    #expect(Self.figures(GenericReader.reading(other)) == [[1, 5_313_300_000_000, nil]])
  }

  // The same list as another office prints it: labels spaced, the items in 千円 (753,000千円 =
  // 753百万円), a change word `の減`: the same sums prove the same figures.
  @Test func theSameListPrintedOtherwise() {
    var lines = Self.koshitsu
    lines[5] = "宮 廷 費（説明文）56億7900万円、1億3300万円の増（説明文）"
    lines[7] = "儀 典 関 係 費 753,000千円 4,000千円増"
    lines[8] = "宮殿等管理費 951,000千円 66,000千円増"
    lines[12] = "車馬管理費 95百万円 50百万円の減"
    let reader = GenericReader.reading(lines)
    #expect(Self.figures(reader).count == 10)
    #expect(reader.amountLines.contains { $0.label == "宮廷費" })
    #expect(Self.figures(reader)[3] == [8, 753_000_000, 4_000_000])
  }

  // A sentence about something else after the list (宮内庁費): 皇室費's parts are the three
  // sentence lines that add up to it, the fourth is reported.
  @Test func partsAreTheSentencesThatAddUp() {
    let reader = GenericReader.reading(Self.koshitsu + ["宮内庁費（説明文）120億円（説明文）"])
    #expect(Self.figures(reader).count == 10)
    #expect(reader.diagnostics.contains { $0.span.line == 15 })
  }

  // naikakufu-r8-kotorii: `…5億8700万円を要求` is an amount; the two items are not the
  // 総額 135億100万円 (5.87 + 16.24 = 22.11): reported. Were the 総額 22億1100万円, the sum
  // would prove all three.
  static let kotorii = [
    "公正取引委員会の令和8年度概算要求について",
    "（説明文）公正取引委員会の令和8年度の概算要求額（説明文）総額135億100万円（説明文）前年度当初予算額と比較して23億4400万円の減（説明文）",
    "（説明文）「厳正かつ実効性のある独占禁止法の運用」（説明文）5億8700万円を要求（説明文）",
    "（説明文）「取引適正化のための取組の推進」（説明文）16億2400万円を要求",
  ]

  @Test func requestedItemsProvenOnlyByTheirSum() {
    let reader = GenericReader.reading(Self.kotorii)
    #expect(reader.amountLines.isEmpty)
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [2, 3, 4]))
    var summed = Self.kotorii
    summed[1] = "（説明文）公正取引委員会の令和8年度の概算要求額（説明文）総額22億1100万円（説明文）"
    #expect(
      Self.figures(GenericReader.reading(summed)) == [
        [2, 2_211_000_000, nil], [3, 587_000_000, nil], [4, 1_624_000_000, nil],
      ])
  }

  // boei-r5-hakusho: the heading cut out of prose names the year (with its Gregorian year and
  // a footnote mark); a Gregorian year that is not the era year's is no caption.
  @Test func datedCaptionInProse() {
    #expect(ClauseCaption.read("(説明文)令和5(2023)年度防衛関係費1(説明文)") == "令和5年度防衛関係費")
    #expect(ClauseCaption.read("(説明文)令和5(2024)年度防衛関係費1(説明文)") == nil)
    #expect(ClauseCaption.read("令和5(2023)年度防衛関係費1") == nil)
    let reader = GenericReader.reading(["（説明文）令和5(2023)年度防衛関係費1（説明文）"])
    #expect(reader.titles.map(\.text) == ["令和5年度防衛関係費"])
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func clauses() {
    let parser = FigureParser(lexicon: .standard)
    let reading = ClauseFigures.read(
      "宮廷費(説明文)56億7900万円、1億3300万円の増(説明文)", parser: parser)
    #expect(reading?.entries.map(\.label) == ["宮廷費"])
    #expect(reading?.entries.first?.change?.parts.map(\.unit) == ["億", "百万円"])
    // Words cut off by `、` name no amount after them (running prose).
    let prose = ClauseFigures.read("必要な経費で、56億7900万円(説明文)", parser: parser)
    #expect(prose?.entries ?? [] == [])
    #expect(ClauseFigures.isComparison("前年度当初予算額と比較して"))
    #expect(!ClauseFigures.isComparison("前年度補正後予算比"))
  }
}
