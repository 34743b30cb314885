import BudgetModel
import BudgetTestSupport
import BudgetXML
import Foundation
import Testing

@Suite("XMLExporter")
struct XMLExporterTests {
  let exporter = XMLExporter()
  let path = XMLReadBack.path

  func written(_ document: BudgetDocument = SampleFixtures.chapterOne) throws -> [UInt8] {
    let files = try exporter.files(for: document)
    try #require(files.count == 1)
    return files[0].bytes
  }

  @Test func returnsOneValidBudgetXMLFile() throws {
    let files = try exporter.files(for: SampleFixtures.chapterOne)
    #expect(files.count == 1)
    #expect(files.first?.name == "budget.xml")
    #expect(files.first?.mediaType == "application/xml")
    let validator = try XMLSchemaValidator()
    #expect(validator.validate(try #require(files.first).bytes) == [])
  }

  @Test func writesUTF8DeclarationNamespaceAndVersion() throws {
    let text = String(decoding: try written(), as: UTF8.self)
    #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
    #expect(text.contains("<budget-document xmlns=\"urn:budget-etl:schema:budget:1.3\""))
    #expect(text.contains("schemaVersion=\"1.3\""))
    #expect(text.hasSuffix("</budget-document>\n"))
  }

  @Test func carriesDocumentInfo() throws {
    let xml = try XMLReadBack(try written())
    #expect(try xml.string(path("budget-document") + "/@id") == "jp-soumu-2024-proposal")
    let org = path("budget-document", "document-info", "reporting-org")
    #expect(try xml.string(org + "/@corporate-number") == "2000012020001")
    #expect(try xml.string(org + "/@code") == "soumu")
    #expect(try xml.strings(org + "/*/@xml:lang") == ["ja", "en"])
    #expect(try xml.string(path("budget-document", "document-info", "fiscal-year")) == "2024")
    #expect(
      try xml.string(path("budget-document", "document-info", "fiscal-year") + "/@label")
        == "令和6年度")
    #expect(
      try xml.string(path("budget-document", "document-info", "prior-fiscal-year")) == "2023")
    #expect(try xml.string(path("budget-document", "document-info", "phase")) == "proposal")
    #expect(
      try xml.string(path("budget-document", "document-info", "publication") + "/@month")
        == "2023-12")
    #expect(
      try xml.string(path("budget-document", "document-info", "title") + "/@xml:lang") == "ja")
    #expect(try xml.string(path("budget-document", "document-info", "stated-unit")) == "億円")
  }

  @Test func writesExactYenWithCurrencyAndValueDate() throws {
    let xml = try XMLReadBack(try written())
    let figure = path("budget-document", "items", "item[@id='c1-1']", "figure[@measure='budget']")
    #expect(try xml.string(figure + "/*") == "19927010000000")
    #expect(try xml.string(figure + "/*/@currency") == "JPY")
    #expect(try xml.string(figure + "/*/@value-date") == "2024-04-01")
    #expect(try xml.string(figure + "/@fiscal-year") == "2024")
    #expect(try xml.string(figure + "/@counts-toward-total") == "true")
    #expect(try xml.string(figure + "/@line") == "197")
  }

  /// 2.(2) is listed with `—` (line 51): a budget figure without an amount.
  @Test func keepsAFigureWithoutAmountAndWithoutValue() throws {
    let xml = try XMLReadBack(try written())
    let figure = path(
      "budget-document", "items", "item[@id='c1-2-2']", "figure[@measure='budget']")
    #expect(try xml.strings(figure + "/@fiscal-year") == ["2024"])
    #expect(try xml.strings(figure + "/@line") == ["51"])
    #expect(try xml.strings(figure + "/*") == [])
  }

  @Test func writesHierarchyExpensesMarkersSummaryFilpAndFindings() throws {
    let xml = try XMLReadBack(try written())
    let items = path("budget-document", "items", "item")
    #expect(
      try xml.strings(items + "/@id").prefix(8) == [
        "c1", "c1-1", "c1-1-1", "c1-1-2", "c1-1-3", "c1-2", "c1-2-1", "c1-2-1-a",
      ])
    #expect(
      try xml.strings(items + "/@parent").prefix(7) == [
        "c1", "c1-1", "c1-1", "c1-1", "c1", "c1-2", "c1-2-1",
      ])
    #expect(
      try xml.strings(items + "/@level").prefix(8) == [
        "chapter", "item", "sub_item", "sub_item", "sub_item", "item", "sub_item", "sub_sub_item",
      ])

    // マイナンバーカード交付事業費補助金 253.9億円 [令和5年度補正予算 899.4億円の内数] (lines 235–237).
    let expense = path("budget-document", "expenses", "expense[@id='c1-2-1-a-e1']")
    #expect(try xml.string(expense + "/@item") == "c1-2-1-a")
    let supplementary = expense + "/*[@measure='prior_supplementary']"
    #expect(try xml.string(supplementary + "/@marker") == "part_of")
    #expect(try xml.string(supplementary + "/@counts-toward-total") == "false")
    #expect(try xml.string(supplementary + "/*") == "89940000000")

    // 一般歳出 4,244 4,633 ▲390 ▲8.4 (line 19).
    let row = path("budget-document", "summary", "entry[@id='s1-r2']")
    #expect(try xml.string(row + "/@change-rate-percent") == "-8.4")
    #expect(try xml.string(row + "/*[@measure='change']/*") == "-39000000000")
    let headline = path("budget-document", "summary", "entry[@id='s1-total']")
    #expect(try xml.strings(headline + "/@change-rate-percent") == [])

    // [産業投資 360 億円、政府保証 240 億円] (line 1341).
    let filp = path("budget-document", "filp", "filp-entry[@id='filp-1']")
    #expect(try xml.string(filp + "/*[@measure='filp']/*") == "36000000000")

    // 2.(1): (a)–(d) add up to 458.1 against 458.0 (lines 227, 231, 252, 262, 268).
    let finding = path("budget-document", "findings", "finding[1]")
    #expect(try xml.string(finding + "/@severity") == "info")
    #expect(try xml.string(finding + "/@code") == "children_sum_rounding")
    #expect(try xml.string(finding + "/@subject") == "c1-2-1")
    #expect(
      try xml.strings(finding + "/*[local-name()='line']") == ["227", "231", "252", "262", "268"])
  }

  @Test func isDeterministic() throws {
    #expect(try written() == written())
  }

  @Test func matchesTheGoldenFile() throws {
    try Snapshot.assertMatches(
      try written(), named: "fixture.xml", in: Snapshot.folder(besides: #filePath))
  }

  @Test func keepsMarkupCharactersAndAstralCharactersExactly() throws {
    let title = "A<B & \"C\" > 'D' 𠮷野家 ]]> &amp;"
    let code = "2.(1) <&\"> 𠮷\ttab\nnewline"
    var document = SampleFixtures.chapterOne
    document.items[1].title = title
    document.items[1].code = code
    document.expenses[0].name = title
    document.info.title = title
    let bytes = try written(document)
    // 𠮷 (U+20BB7) is written as raw UTF-8, not as a character reference.
    #expect(bytes.starts(with: [0x3C]) && contains(bytes, Array("𠮷".utf8)))
    #expect(!String(decoding: bytes, as: UTF8.self).contains("&#x20BB7;"))

    let xml = try XMLReadBack(bytes)
    let item = path("budget-document", "items", "item[@id='c1-1']")
    #expect(try xml.string(item + "/*[local-name()='title']") == title)
    #expect(try xml.string(item + "/@code") == code)
    #expect(
      try xml.string(path("budget-document", "expenses", "expense[@id='c1-1-1-e1']", "name"))
        == title)
    #expect(try xml.string(path("budget-document", "document-info", "title")) == title)
  }

  @Test func refusesCharactersXMLCannotCarry() throws {
    var document = SampleFixtures.chapterOne
    document.items[0].title = "bell\u{7}"
    #expect {
      try exporter.files(for: document)
    } throws: { error in
      guard case BudgetXMLError.writerFailed(let message) = error else { return false }
      return message.contains("U+0007")
    }
  }

  @Test func throwsWithLinesWhenAParentIsMissing() throws {
    var document = SampleFixtures.chapterOne
    document.items[7].parentId = "c9-9"
    #expect {
      try exporter.files(for: document)
    } throws: { error in
      guard case BudgetXMLError.invalidDocument(let issues) = error else { return false }
      return issues.count == 1 && issues[0].line > 1 && issues[0].message.contains("c9-9")
    }
  }

  @Test func throwsForAMalformedCorporateNumber() throws {
    var document = SampleFixtures.chapterOne
    document.info.organization.corporateNumber = "200001202000"
    #expect(throws: BudgetXMLError.self) { try exporter.files(for: document) }
  }

  @Test func writesEmptySectionsForAnEmptyDocument() throws {
    let document = BudgetDocument(
      info: SampleFixtures.chapterOne.info, items: [], expenses: [], summary: [], filp: [],
      findings: [])
    let text = String(decoding: try written(document), as: UTF8.self)
    #expect(text.contains("<items/>"))
    #expect(text.contains("<findings/>"))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")))
  func passesXmllint() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("budget-xml-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("budget.xml")
    try Data(try written()).write(to: file)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
    process.arguments = [
      "--nonet", "--noout", "--schema", XMLSchemaValidator.schemaURL.path, file.path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains {
      haystack[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }
}
