import BudgetModel
import Testing

@testable import BudgetExtract

/// Item lists and headline amounts of the generic layout (issue #20), each rule on a small
/// excerpt of a real document (`Tests/Fixtures/RealWorld/`), with the case it must refuse.
@Suite struct GenericListsTests {
  static let parser = FigureParser(lexicon: .standard)

  func read(_ texts: [String]) -> GenericReader { GenericReader.reading(texts) }

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  // homu-r4-yosan-an lines 5, 9, 11: 8,067億8千3百万円 = 806,783,000,000 yen.
  @Test(
    arguments: [
      ("1 一般会計 8,067億8千3百万円", ["8067億", "83百万円"]),
      ("2 東日本大震災復興特別会計 1億7千2百万円", ["1億", "72百万円"]),
      ("(3) 国土交通省所管(観光庁一括計上) 29億5百万円", ["29億", "5百万円"]),
      ("合計 3億7千2百5十3万円", ["3億", "72.53百万円"]),
    ])
  func kanjiMultipliersReadWhole(_ text: String, _ expected: [String]) throws {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    let records = try #require(AmountLine.parse(line, text: text, parser: Self.parser))
    #expect(records.count == 1)
    #expect(parts(records.first?.amount) == expected)
  }

  @Test(arguments: ["一般会計 8,067億8千3百円", "一般会計 8,067億83千万円", "一般会計 8,067億3百8千万円"])
  func kanjiMultipliersNotAccountedForAreRefused(_ text: String) {
    let line = Line(number: 1, scalars: Array(text.unicodeScalars))
    #expect(AmountLine.parse(line, text: text, parser: Self.parser) == nil)
  }

  // keisan-r8-seifuan-p8 lines 11-12.
  @Test func footnoteMarkGluedToAnAmount() {
    let reader = read(["○ 資金繰り支援", "827.2 億円※(823.1 億円※)"])
    #expect(reader.amountLines.map(\.label) == ["資金繰り支援"])
    #expect(parts(reader.amountLines.first?.amount) == ["827.2億円"])
    #expect(parts(reader.amountLines.first?.prior) == ["823.1億円"])
    #expect(GenericReader.isNote("※(注記)") && !GenericReader.isNote("827.2 億円※"))
  }

  // gaimu-h28-hosei3-an lines 4-9 and 18-19.
  @Test func partsInParenthesesAndUnderTheirAmount() {
    let reader = read([
      "総額1,685億円(うちODA1,272億円)", "追加財政需要", "1,685億円(うちODA1,272億円)",
      "1.難民問題を含む人道・テロ対策・社会安定化支援", "847億円", "ODA 840億円", "394億円", "ODA 394億円",
    ])
    #expect(
      reader.amountLines.map(\.label) == [
        "総額", "総額(うちODA)", "追加財政需要", "追加財政需要(うちODA)",
        "1.難民問題を含む人道・テロ対策・社会安定化支援", "1.難民問題を含む人道・テロ対策・社会安定化支援(うちODA)",
      ])
    #expect(
      reader.amountLines.map { $0.isPart == true } == [false, true, false, true, false, true])
    #expect(parts(reader.amountLines.last?.amount) == ["840億円"])
    // `394億円` has no label, so its part is reported too.
    #expect(reader.diagnostics.map(\.span.line) == [7, 8])
  }

  // kankyo-h20-hosei lines 11-20: 7,200 + 114 + 40 + 409 + 50 + 75 = 7,888.
  static let kankyo = [
    "[一般会計]", "", "1.産業廃棄物不法投棄原状回復措置への支援 7,200百万円", "2.野鳥における鳥インフルエンザ緊急対策 114百万円",
    "3.特定鳥獣保護管理対策促進支援事業 40百万円", "4.次世代自動車等導入促進事業 409百万円", "5.小水力発電普及促進事業調査 50百万円",
    "6.「都市鉱山」のレアメタルリサイクル推進事業 75百万円", "   ", "7,888百万円",
  ]

  @Test func subtotalWithNoLabelProvenByItsItems() {
    let reader = read(Self.kankyo)
    #expect(reader.amountLines.count == 7)
    #expect(reader.amountLines.last?.label == "[一般会計]")
    #expect(parts(reader.amountLines.last?.amount) == ["7888百万円"])
    #expect(reader.diagnostics.isEmpty)
  }

  @Test func subtotalThatDoesNotAddUpIsReported() {
    var texts = Self.kankyo
    texts[9] = "7,889百万円"
    let reader = read(texts)
    #expect(reader.amountLines.count == 6)
    #expect(reader.diagnostics.map(\.span.line) == [10])
  }

  // norin-r5-point-p3 lines 28-34: 283 / 247 = +14.57 %, printed +14.7 % (rounded figures).
  static let arrow = [
    "○", "食料安全保障の強化に向けた対策", "令和4年度", "令和5年度", "247 億円 ⇒", "283 億円 (+14.7%)", "※4年度補正 1,642 億円",
  ]

  @Test func arrowPairWithItsRateAndMarkedSupplementary() {
    let reader = read(Self.arrow)
    #expect(reader.diagnostics.isEmpty)
    let pair = reader.amountLines.first
    #expect(pair?.label == "食料安全保障の強化に向けた対策")
    #expect(parts(pair?.amount) == ["283億円"])
    #expect(parts(pair?.prior) == ["247億円"])
    #expect(pair?.priorLine == 5)
    #expect(pair?.changeRatePercent == DecimalNumber(ascii: "14.7"))
    // The year lines go forward: the right-hand amount is the later year's.
    #expect(pair?.context == "令和5年度")
    #expect(reader.amountLines.last?.label == "食料安全保障の強化に向けた対策(4年度補正)")
    #expect(parts(reader.amountLines.last?.amount) == ["1642億円"])
  }

  @Test(arguments: ["283 億円 (+30.0%)", "283 億円 (-14.7%)"])
  func arrowPairWhoseRateDisagreesIsReported(_ text: String) {
    var texts = Self.arrow
    texts[5] = text
    let reader = read(texts)
    #expect(reader.amountLines.allSatisfy { $0.changeRatePercent == nil && $0.prior == nil })
    #expect(reader.diagnostics.map(\.span.line).contains(5))
    #expect(reader.diagnostics.map(\.span.line).contains(6))
  }

  // norin-r5-gaisan-yokyu-shuyo lines 9-30.
  static let list = [
    "令和5年度農林水産関係予算 概算要求", "", "主な事業 予算額(億円)", "", "持続的生産強化対策事業", "", "(説明文)", "", "201", "(174)",
    "",
    "サステナブル食品産業モデル実証事業", "(説明文)", " ", "(新規)", "水田活用直接支払交付金", "(説明文)", "3,460", "(3,050)",
  ]

  @Test func oneColumnListTakesTheHeadingsYear() {
    let reader = read(Self.list)
    #expect(reader.amountLines.map(\.label) == ["持続的生産強化対策事業", "水田活用直接支払交付金"])
    #expect(reader.amountLines.map { parts($0.amount) } == [["201億円"], ["3460億円"]])
    #expect(reader.amountLines.map { parts($0.prior) } == [["174億円"], ["3050億円"]])
    #expect(reader.amountLines.map(\.priorLine) == [10, 19])
    #expect(reader.amountLines.allSatisfy { $0.context == "令和5年度農林水産関係予算概算要求" })
    #expect(reader.diagnostics.isEmpty)
  }

  @Test(arguments: [
    (0, "農林水産関係予算 概算要求"),
    // A column word of its own stage under a heading of another: not certain.
    (2, "主な事業 補正予算額(億円)"),
  ])
  func oneColumnListWithoutACertainYearIsNotRead(_ k: Int, _ text: String) {
    var texts = Self.list
    texts[k] = text
    let reader = read(texts)
    #expect(reader.amountLines.isEmpty)
    #expect(reader.diagnostics.map(\.span.line).contains(9))
  }

  // kosei-r8-gaisan-ippan lines 8-36: the total's cells come before every label.
  static let leadingTotal = [
    "一般会計", "区", "(単位︓億円)", "令和7年度予算額", "(A)", "分", "令和8年度要求額", "(B)", "増△減額", "(B-A)",
    "343,064", "347,929", "4,865", "年⾦・医療", "等に係る経費", "325,871", "329,387", "3,516", "うち", "裁量的経費",
    "7,263", "8,245", "982", "うち", "義務的経費", "9,930", "10,297", "367", "一 般 会 計",
  ]

  @Test func leadingCellsAreTheTotalWhenTheRowsAddUp() throws {
    let reader = read(Self.leadingTotal)
    let table = try #require(reader.tables.first)
    #expect(table.rows.first?.label == "計")
    #expect(table.rows.first?.cellLines == [11, 12, 13])
    #expect(table.rows.count == 4)
  }

  @Test func leadingCellsThatAreNotTheTotalAreReported() throws {
    var texts = Self.leadingTotal
    texts[10] = "343,065"
    let reader = read(texts)
    let table = try #require(reader.tables.first)
    #expect(table.rows.count == 3)
    #expect(reader.diagnostics.map(\.span.line).contains(11))
  }
}
