import BudgetModel
import BudgetTestSupport
import BudgetXML
import Foundation
import Testing

@Suite("XMLSchemaValidator")
struct XMLSchemaValidatorTests {
  /// The fixture's XML as text, unvalidated.
  func fixtureText() throws -> String {
    String(decoding: try XMLExporter().xmlBytes(for: SampleFixtures.chapterOne), as: UTF8.self)
  }

  /// The 1-based line of the first line of `text` that contains `needle`.
  func line(of needle: String, in text: String) throws -> Int {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let index = try #require(lines.firstIndex { $0.contains(needle) })
    return index + 1
  }

  func replacing(_ old: String, with new: String, in text: String) throws -> String {
    try #require(text.contains(old))
    return text.replacingOccurrences(of: old, with: new)
  }

  @Test func schemaIsBundled() throws {
    #expect(FileManager.default.fileExists(atPath: XMLSchemaValidator.schemaURL.path))
    #expect(XMLSchemaValidator.schemaURL.lastPathComponent == "budget-1.3.xsd")
    let schema = try String(contentsOf: XMLSchemaValidator.schemaURL, encoding: .utf8)
    #expect(schema.contains("targetNamespace=\"urn:budget-etl:schema:budget:1.3\""))
  }

  @Test func acceptsTheFixture() throws {
    #expect(try XMLSchemaValidator().validate(Array(try fixtureText().utf8)) == [])
  }

  @Test func reportsANonIntegerAmountWithItsLine() throws {
    let text = try replacing(">19927010000000<", with: ">abc<", in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(issues.count == 1)
    #expect(issues.first?.line == (try line(of: ">abc<", in: text)))
    #expect(issues.first?.message.contains("integer") == true)
  }

  /// Item 5 (国と地方及び地方公共団体間の連携・協力の推進) has one sub-item.
  @Test func reportsAParentThatNamesNoItem() throws {
    let text = try replacing("parent=\"c1-5\"", with: "parent=\"c7\"", in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(issues.count == 1)
    #expect(issues.first?.line == (try line(of: "parent=\"c7\"", in: text)))
    #expect(issues.first?.message.contains("itemParentRef") == true)
  }

  /// 1.(2) 基地交付金・調整交付金の確保 has two expense lines (基地交付金, 調整交付金).
  @Test func reportsAnExpenseWhoseItemIsMissing() throws {
    let text = try replacing("item=\"c1-1-2\"", with: "item=\"c1-1-9\"", in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(issues.count == 2)
    #expect(issues.allSatisfy { $0.message.contains("expenseItemRef") })
    #expect(issues.first?.line == (try line(of: "item=\"c1-1-9\"", in: text)))
  }

  @Test func reportsDuplicateItemIds() throws {
    let text = try replacing("id=\"c1-2\" ", with: "id=\"c1-1\" ", in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(issues.contains { $0.message.contains("itemKey") && $0.line > 1 })
  }

  /// Each container's key (declared on `<expenses>`, `<summary>`, `<filp>`) still rejects a
  /// duplicate id at the duplicate's line, and an id repeated across containers still breaks
  /// `subjectUnique`.
  @Test(arguments: [
    ("<expense id=\"c1-1-1-e2\"", "<expense id=\"c1-1-1-e1\"", "expenseKey"),
    ("<entry id=\"s2-total\"", "<entry id=\"s1-total\"", "summaryKey"),
    ("<filp-entry id=\"filp-2\"", "<filp-entry id=\"filp-1\"", "filpKey"),
    ("<filp-entry id=\"filp-2\"", "<filp-entry id=\"c1-1-1-e1\"", "subjectUnique"),
    ("<entry id=\"s1-total\"", "<entry id=\"c1-1\"", "subjectUnique"),
  ])
  func reportsDuplicateIdsWithTheirLines(duplicate: (String, String, String)) throws {
    let ns = XMLExporter.namespace
    let text = try replacing(duplicate.0, with: duplicate.1, in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let duplicateLine = try #require(lines.lastIndex { $0.contains(duplicate.1) }) + 1
    // A duplicate inside one container breaks its key and subjectUnique: two issues.
    #expect((1...2).contains(issues.count))
    #expect(issues.contains { $0.message.contains("identity-constraint '{\(ns)}\(duplicate.2)'") })
    #expect(issues.allSatisfy { $0.message.contains("Duplicate key-sequence") })
    #expect(issues.allSatisfy { $0.line == duplicateLine })
  }

  @Test(arguments: [
    ("corporate-number=\"2000012020001\"", "corporate-number=\"20000120200\""),
    ("sha256=\"", "sha256=\"Z"),
    ("measure=\"budget\"", "measure=\"forecast\""),
    ("marker=\"part_of\"", "marker=\"partOf\""),
    ("level=\"sub_item\"", "level=\"section\""),
    ("kind=\"memo\"", "kind=\"note\""),
    ("severity=\"info\"", "severity=\"error\""),
    ("<fiscal-year label=\"令和6年度\">2024<", "<fiscal-year label=\"令和6年度\">FY2024<"),
    ("month=\"2023-12\"", "month=\"2023-13\""),
    ("currency=\"JPY\"", "currency=\"USD\""),
    ("id=\"c1-2-1-a\"", "id=\"C1_2\""),
    ("schemaVersion=\"1.3\"", "schemaVersion=\"2.0\""),
    ("change-rate-percent=\"-8.4\"", "change-rate-percent=\"▲8.4\""),
    ("counts-toward-total=\"false\"", "counts-toward-total=\"no\""),
  ])
  func rejectsValuesOutsideTheirTypes(replacement: (String, String)) throws {
    let text = try replacing(replacement.0, with: replacement.1, in: try fixtureText())
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(!issues.isEmpty)
    #expect(issues.allSatisfy { $0.line > 1 })
  }

  @Test func reportsMalformedXMLWithItsLine() throws {
    let text = "<?xml version=\"1.0\"?>\n<budget-document>\n  <items>\n</budget-document>\n"
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(!issues.isEmpty)
    #expect(issues.first?.line == 4)
  }

  @Test func reportsEmptyAndNonXMLInput() throws {
    let validator = try XMLSchemaValidator()
    #expect(validator.validate([]).count == 1)
    #expect(!validator.validate(Array("not xml".utf8)).isEmpty)
  }

  @Test func neverResolvesExternalEntities() throws {
    let directory = FileManager.default.temporaryDirectory
    let secret = directory.appendingPathComponent("budget-xml-secret-\(UUID().uuidString).txt")
    try Data("SECRET-CONTENT".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    var text = try fixtureText()
    text = try replacing(
      "<budget-document",
      with: "<!DOCTYPE budget-document [<!ENTITY ext SYSTEM \"\(secret.absoluteString)\">]>\n"
        + "<budget-document", in: text)
    text = try replacing("<stated-unit>億円<", with: "<stated-unit>&ext;<", in: text)
    let issues = try XMLSchemaValidator().validate(Array(text.utf8))
    #expect(!issues.contains { $0.message.contains("SECRET-CONTENT") })
  }

  @Test func validatesConcurrently() async throws {
    let validator = try XMLSchemaValidator()
    let bytes = Array(try fixtureText().utf8)
    let results = await withTaskGroup(of: Int.self) { group in
      for _ in 0..<8 { group.addTask { validator.validate(bytes).count } }
      return await group.reduce(into: [Int]()) { $0.append($1) }
    }
    #expect(results == Array(repeating: 0, count: 8))
  }
}
