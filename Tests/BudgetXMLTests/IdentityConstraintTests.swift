import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetXML

/// Issue #24: libxml2 validates with a schema derived from the published `budget-1.0.xsd`
/// without its keys, keyrefs and uniques, and `IdentityCheck` checks those in process. Each kind
/// of violation planted here must be rejected by both the in-process validator and xmllint
/// with the published XSD (libxml2's own identity-constraint machinery, as users run it), with
/// the same messages at the same lines.
@Suite("Identity constraints: in process and with the published XSD")
struct IdentityConstraintTests {
  static let ns = "{\(XMLExporter.namespace)}"

  func fixtureText() throws -> String {
    String(decoding: try XMLExporter().xmlBytes(for: SampleFixtures.chapterOne), as: UTF8.self)
  }

  /// Each kind of violation: the text replaced (first occurrence), its replacement, and the
  /// constraint that must be reported at the replacement's line.
  static let violations: [(String, String, String)] = [
    ("<item id=\"c1-2\" ", "<item id=\"c1-1\" ", "itemKey"),  // duplicate item id
    ("<expense id=\"c1-1-1-e2\"", "<expense id=\"c1-1-1-e1\"", "expenseKey"),
    ("<entry id=\"s2-total\"", "<entry id=\"s1-total\"", "summaryKey"),
    ("<filp-entry id=\"filp-2\"", "<filp-entry id=\"filp-1\"", "filpKey"),
    ("<entry id=\"s1-total\"", "<entry id=\"c1-1\"", "subjectUnique"),  // an item's id
    ("<filp-entry id=\"filp-2\"", "<filp-entry id=\"c1-1-1-e1\"", "subjectUnique"),
    ("parent=\"c1-5\"", "parent=\"c1-9\"", "itemParentRef"),  // dangling parent
    ("id=\"c1-2\" parent=\"c1\"", "id=\"c1-2\" parent=\"c9\"", "itemParentRef"),  // unknown chapter
    ("parent=\"c1-5\"", "parent=\"c1-1-1-e1\"", "itemParentRef"),  // an expense, not an item
    ("item=\"c1-1-2\"", "item=\"c1-1-9\"", "expenseItemRef"),  // expense of an unknown item
  ]

  @Test(arguments: violations)
  func bothRejectAtTheLine(violation: (String, String, String)) throws {
    let original = try fixtureText()
    let range = try #require(original.range(of: violation.0))
    let text = original.replacingCharacters(in: range, with: violation.1)
    let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    let inProcess = try XMLSchemaValidator().validate(Array(text.utf8))
    let published = try xmllint(text)
    let constraint = "'\(Self.ns)\(violation.2)'"
    #expect(inProcess.contains { $0.line == line && $0.message.contains(constraint) })
    #expect(published.contains { $0.line == line && $0.message.contains(constraint) })
    // The same issues, same lines, same wording.
    #expect(Set(inProcess.map(\.description)) == Set(published.map(\.description)))
  }

  @Test func acceptsWhatThePublishedSchemaAccepts() throws {
    let text = try fixtureText()
    #expect(try XMLSchemaValidator().validate(Array(text.utf8)) == [])
    #expect(try xmllint(text) == [])
  }

  /// The derived schema is the published one without its seven constraints, and those are
  /// what the in-process check evaluates.
  @Test func derivesTheSchemaFromThePublishedOne() throws {
    let published = try #require(XMLSchemaValidator.schemaFile).bytes
    let derived = try SchemaDerivation.derive(from: published)
    let text = String(decoding: derived.bytes, as: UTF8.self)
    for tag in ["<xs:key ", "<xs:keyref ", "<xs:unique ", "<xs:selector ", "<xs:field "] {
      #expect(!text.contains(tag))
    }
    let publishedText = String(decoding: published, as: UTF8.self)
    #expect(publishedText.contains("<xs:keyref name=\"itemParentRef\""))
    for tag in ["<xs:element ", "<xs:attribute ", "<xs:pattern ", "<xs:enumeration "] {
      #expect(
        text.components(separatedBy: tag).count == publishedText.components(separatedBy: tag).count)
    }
    #expect(
      derived.constraints.map(\.description) == [
        "keyref expenseItemRef on /budget-document: expenses/expense @item -> itemKey",
        "unique subjectUnique on /budget-document: items/item | expenses/expense | summary/entry"
          + " | filp/filp-entry @id",
        "key itemKey on /budget-document/items: item @id",
        "keyref itemParentRef on /budget-document/items: item @parent -> itemKey",
        "key expenseKey on /budget-document/expenses: expense @id",
        "key summaryKey on /budget-document/summary: entry @id",
        "key filpKey on /budget-document/filp: filp-entry @id",
      ])
  }

  /// A constraint the in-process check cannot evaluate makes the derivation, and so the
  /// validator, fail rather than leave the rule unchecked.
  @Test(arguments: [
    ("<xs:selector xpath=\"b:item\"/>", "<xs:selector xpath=\".//b:item\"/>"),
    ("<xs:field xpath=\"@parent\"/>", "<xs:field xpath=\"@parent\"/><xs:field xpath=\"@id\"/>"),
    ("<xs:field xpath=\"@parent\"/>", "<xs:field xpath=\"b:title\"/>"),
    ("refer=\"b:itemKey\">\n          <xs:selector xpath=\"b:item\"/>",
     "refer=\"b:expenseKey\">\n          <xs:selector xpath=\"b:item\"/>"),
  ])
  func refusesWhatItCannotCheck(edit: (String, String)) throws {
    let published = String(decoding: try #require(XMLSchemaValidator.schemaFile).bytes, as: UTF8.self)
    let range = try #require(published.range(of: edit.0))
    let edited = published.replacingCharacters(in: range, with: edit.1)
    #expect(throws: BudgetXMLError.self) { try SchemaDerivation.derive(from: Array(edited.utf8)) }
  }

  /// xmllint with the published schema (tree validation, as `xmllint --schema` runs it).
  func xmllint(_ text: String) throws -> [XMLValidationIssue] {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("identity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("budget.xml")
    try Data(text.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "xmllint", "--noout", "--schema", XMLSchemaValidator.schemaURL.path, file.path,
    ]
    // Into a file, not a pipe: Foundation's readDataToEndOfFile traps on an interrupted read.
    let log = directory.appendingPathComponent("xmllint.log")
    FileManager.default.createFile(atPath: log.path, contents: nil)
    let errors = try FileHandle(forWritingTo: log)
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try errors.close()
    let output = try String(contentsOf: log, encoding: .utf8)
    // 127: env found no xmllint (Deploy/build-packages.txt lists libxml2-utils).
    try #require(process.terminationStatus != 127, "xmllint is needed: \(output)")
    let marker = "Schemas validity error : "
    return output.split(separator: "\n").compactMap { line -> XMLValidationIssue? in
      guard let at = line.range(of: marker) else { return nil }
      let number = line.dropFirst(file.path.count + 1).prefix { $0.isNumber }
      return XMLValidationIssue(line: Int(number) ?? 0, message: String(line[at.upperBound...]))
    }
  }
}
