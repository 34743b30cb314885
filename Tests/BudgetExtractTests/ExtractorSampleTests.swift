import BudgetExtract
import BudgetModel
import Testing

/// The extract stage on the real 総務省 FY2024 overview: real figures, real lines.
@Suite struct ExtractorSampleTests {
  let doc = SampleDocument.extracted

  @Test func readsEveryKindOfContent() {
    #expect(doc.lineCount == 1343)
    #expect(doc.titles.first?.text == "令和6年度 総務省所管予算(案)の概要")
    #expect(doc.publication?.text == "令和5年12月")
    #expect(doc.headlines.count == 6)
    #expect(doc.summaryTables.map(\.rows.count) == [5, 3])
    #expect(doc.overview.count == 90)
    #expect(doc.details.count == 158)
    #expect(doc.expenses.filter { $0.kind == .main }.count == 182)
    #expect(doc.filp.count == 2)
    #expect(doc.diagnostics.isEmpty)
  }

  @Test func headlineTotals() {
    #expect(doc.headlines[0].label == "令和6年度予算額（案）")
    #expect(doc.headlines[0].figure.text == "18兆2107億円")
    #expect(doc.headlines[0].span.line == 11)
    #expect(doc.headlines[3].figure.text == "573億円")
    #expect(doc.headlines[5].figure.text == "▲53億円")
  }

  @Test func summaryTableRowsKeepSignsAndRates() throws {
    let row = try #require(doc.summaryTables[0].rows.first { $0.label == "一般歳出" })
    #expect(row.cells.map(\.text) == ["4244", "4633", "▲390", "▲8.4"])
    #expect(row.span.line == 19)
    #expect(doc.summaryTables[0].unit == "億円")
  }

  @Test func overviewList() throws {
    let item1 = try #require(doc.overview.first { $0.level == .item && $0.number == "1" })
    #expect(item1.amount?.text == "199270.1億円")
    let dash = try #require(doc.overview.first { $0.title.hasPrefix("地方公共団体の推進体制の構築支援") })
    #expect(dash.amount?.amount == nil)
    #expect(dash.amount != nil)  // printed `—`, not absent
    let partOf = try #require(doc.overview.first { $0.title == "デジタルを活用した行政相談の利用促進" })
    #expect(partOf.amount?.isPartOf == true)
    #expect(partOf.amount?.isBracketed == true)
    #expect(partOf.amount?.text == "7.0億円")
    let bracket = try #require(
      doc.overview.first { $0.title == "消防防災分野のDXの推進" && $0.amount?.isBracketed == true })
    #expect(bracket.amount?.text == "3.1億円")
    // A title wrapped over two lines, amount on the second.
    let wrapped = try #require(doc.overview.first { $0.level == .item && $0.number == "16" })
    #expect(wrapped.title == "国際競争力の強化に向けたAIなどの科学技術・イノベーションの推進")
    #expect(wrapped.amount?.text == "502.2億円")
    #expect(wrapped.span == SourceSpan(line: 156, endLine: 158))
  }

  @Test func detailSections() throws {
    let sub = try #require(SampleDocument.detail("地方の一般財源総額の確保"))
    #expect(sub.amount?.text == "197990.5")
    #expect(sub.prior?.text == "185780.0")
    let wrapped = try #require(doc.details.first { $0.span.line == 227 })
    #expect(wrapped.title.hasSuffix("を通じた自治体DXの推進"))
    #expect(wrapped.span.endLine == 229)
    #expect(wrapped.amount?.text == "458.0")
    let new = try #require(doc.details.first { $0.span.line == 1031 })
    #expect(new.prior?.isNewMarker == true)
    #expect(new.amount?.text == "0.5")
    let partOf = try #require(doc.details.first { $0.title == "非地上系ネットワーク(NTN)の整備" })
    #expect(partOf.amount?.isPartOf == true && partOf.prior?.isPartOf == true)
    #expect(partOf.amount?.text == "130.6" && partOf.prior?.text == "134.6")
    #expect(partOf.span == SourceSpan(line: 491, endLine: 493))
    // Two headings on one line, split at the bold markers.
    let twoOnLine = doc.details.filter { $0.span.line == 1214 }
    #expect(twoOnLine.map(\.level) == [.item, .subItem])
    #expect(twoOnLine.map { $0.amount?.text } == ["73.5億円", "2.6"])
    #expect(twoOnLine.last?.prior?.text == "24.1")
  }

  @Test func mainExpenses() throws {
    let tiny = try #require(SampleDocument.expense(line: 672))
    #expect(tiny.name == "災害マネジメント総括支援員等の研修事業")
    #expect(tiny.amount?.text == "0.05億円")
    let new = try #require(SampleDocument.expense(line: 527))
    #expect(new.isNew)
    #expect(new.name == "次期静止気象衛星（ひまわり 10 号）に搭載する宇宙環境計測装置の開発")
    #expect(new.amount?.text == "4.0億円")
    let suppOnly = try #require(SampleDocument.expense(line: 250))
    #expect(suppOnly.name == "自治体フロントヤード改革支援事業")
    #expect(suppOnly.amount == nil)
    #expect(suppOnly.supplementary?.text == "10.2億円")
    #expect(suppOnly.supplementary?.label == "令和5年度補正予算")
    let beside = try #require(SampleDocument.expense(line: 235))
    #expect(beside.amount?.text == "253.9億円")
    #expect(beside.supplementary?.text == "899.4億円")
    #expect(beside.supplementary?.isPartOf == true)
    #expect(beside.span.endLine == 237)
    let later = try #require(SampleDocument.expense(line: 645))
    #expect(later.amount?.isPartOf == true && later.amount?.isShownLater == true)
    #expect(later.supplementary?.text == "0.1億円")
    let reposted = try #require(SampleDocument.expense(line: 505))
    #expect(reposted.supplementary?.isReposted == true)
    // The (後掲) marker on a line of its own.
    let markerLine = try #require(SampleDocument.expense(line: 324))
    #expect(markerLine.supplementary?.isShownLater == true)
    #expect(markerLine.span.endLine == 325)
    // A name wrapped over two lines, supplementary on the second.
    let wrapped = try #require(SampleDocument.expense(line: 598))
    #expect(wrapped.name == "動画配信サービス普及等の市場環境の変化を踏まえたコンテンツの制作・流通の促進")
    #expect(wrapped.supplementary?.text == "2.0億円")
  }

  @Test func filpBlock() {
    #expect(doc.filp.map { $0.figure.label } == ["産業投資", "政府保証"])
    #expect(doc.filp.map(\.figure.text) == ["360億円", "240億円"])
    #expect(doc.filp.allSatisfy { $0.span.line == 1341 && $0.program.contains("JICT") })
  }
}
