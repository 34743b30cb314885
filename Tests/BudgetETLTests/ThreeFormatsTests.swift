import BudgetETL
import BudgetLoad
import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

@testable import BudgetXML

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// "One model, three formats": the bundled sample runs through the whole pipeline, and
/// observations.csv/items.csv/expenses.csv, budget.xml and budget.jsonld are read back
/// independently (an RFC 4180 reader, Foundation's `XMLParser`, `JSONSerialization`). Every
/// format must carry the same observations, hierarchy edges and labels as the model.
@Suite struct ThreeFormatsTests {
  // MARK: - Observations and hierarchy, sample document

  @Test func observationsAreIdenticalInAllThreeFormats() throws {
    let sample = try FormatsSample.utf8()
    let expected = Set(sample.document.observations.map(ObservationKey.init))
    let csv = try sample.csvObservations()
    let xml = try sample.xml().observations
    let jsonld = try sample.jsonld().observations

    #expect(expected.count == sample.document.observations.count, "observation ids are unique")
    #expect(csv.count == expected.count, "observations.csv has one row per figure")
    #expect(
      Set(csv) == expected, "observations.csv: \(FormatsSample.difference(Set(csv), expected))")
    #expect(xml.count == expected.count, "budget.xml has one <figure> per figure")
    #expect(Set(xml) == expected, "budget.xml: \(FormatsSample.difference(Set(xml), expected))")
    #expect(
      jsonld.count == expected.count,
      "budget.jsonld has one be:Figure per figure (a qb:Observation when it has an amount)")
    #expect(
      Set(jsonld) == expected, "budget.jsonld: \(FormatsSample.difference(Set(jsonld), expected))")
  }

  /// Figures read off the printed document, in all three formats.
  @Test(arguments: [
    // 1. 地方の一般財源総額の確保等 199,270.1億円
    ObservationKey(
      id: "c1-1/budget", measure: "budget", fiscalYear: "2024", amount: "19927010000000"),
    // 【主な経費】災害マネジメント総括支援員等の研修事業 0.05億円
    ObservationKey(
      id: "c3-9-1-e2/budget", measure: "budget", fiscalYear: "2024", amount: "5000000"),
    // 一般歳出 … 比較増減額 ▲ 390
    ObservationKey(
      id: "s1-r2/change", measure: "change", fiscalYear: "2024", amount: "-39000000000"),
    // 産業投資 360 億円
    ObservationKey(id: "filp-1/filp", measure: "filp", fiscalYear: "2024", amount: "36000000000"),
  ])
  func realFiguresInAllThreeFormats(_ figure: ObservationKey) throws {
    let sample = try FormatsSample.utf8()
    #expect(try sample.csvObservations().contains(figure), "observations.csv lacks \(figure)")
    #expect(try sample.xml().observations.contains(figure), "budget.xml lacks \(figure)")
    #expect(try sample.jsonld().observations.contains(figure), "budget.jsonld lacks \(figure)")
  }

  @Test func hierarchyEdgesAreIdenticalInAllThreeFormats() throws {
    let sample = try FormatsSample.utf8()
    let items = Set(sample.document.items.map { Edge(child: $0.id, parent: $0.parentId ?? "") })
    let csvItems = try sample.csv("items.csv").rows.map {
      Edge(child: $0["id"]!, parent: $0["parent_id"]!)
    }
    let xml = try sample.xml()
    let jsonld = try sample.jsonld()

    #expect(items.count == sample.document.items.count)
    #expect(items.contains(Edge(child: "c1-1", parent: "c1")))
    #expect(items.contains(Edge(child: "c1", parent: "")))
    #expect(csvItems.count == items.count && Set(csvItems) == items, "items.csv parent_id")
    #expect(xml.itemEdges.count == items.count && Set(xml.itemEdges) == items, "XML item/@parent")
    #expect(
      jsonld.itemEdges.count == items.count && Set(jsonld.itemEdges) == items,
      "JSON-LD skos:broader: \(FormatsSample.difference(Set(jsonld.itemEdges), items))")

    // Expenses hang under their items the same way.
    let expenses = Set(sample.document.expenses.map { Edge(child: $0.id, parent: $0.itemId) })
    let csvExpenses = try sample.csv("expenses.csv").rows.map {
      Edge(child: $0["id"]!, parent: $0["item_id"]!)
    }
    #expect(Set(csvExpenses) == expenses, "expenses.csv item_id")
    #expect(Set(xml.expenseEdges) == expenses, "XML expense/@item")
    #expect(Set(jsonld.expenseEdges) == expenses, "JSON-LD expense skos:broader")
  }

  @Test func labelsAreIdenticalInAllThreeFormats() throws {
    let sample = try FormatsSample.utf8()
    let expected = sample.document.labels
    #expect(try sample.csvLabels() == expected.mapValues(FormatsSample.neutralized))
    #expect(try sample.xml().labels == expected)
    #expect(try sample.jsonld().labels == expected)
  }

  // MARK: - Markup characters and characters outside the BMP

  /// 「地域DXの推進」 (item 2, in the overview list and in the detail section) retitled with
  /// markup characters and 𠮷 (U+20BB7, outside the BMP).
  static let markupTitle = "地域<DX>&\"推進\"𠮷"

  @Test func markupAndAstralCharactersSurviveExactly() throws {
    let text = try FormatsSample.substituting(
      in: FormatsSample.sampleText(),
      [
        (49, "2. 地域DXの推進", "2. " + Self.markupTitle),
        (225, "2. 地域DXの推進", "2. " + Self.markupTitle),
      ])
    let sample = try FormatsSample.exported(text: text)
    let item = try #require(sample.document.items.first { $0.title == Self.markupTitle })
    #expect(item.id == "c1-2")

    let csvTitle = try sample.csv("items.csv").rows.first { $0["id"] == item.id }?["title"]
    #expect(csvTitle == Self.markupTitle)
    #expect(try sample.xml().labels[item.id] == Self.markupTitle)
    #expect(try sample.jsonld().labels[item.id] == Self.markupTitle)
    // The raw bytes: RFC 4180 quoting in the CSV, escaped markup in the XML, a plain UTF-8
    // 4-byte sequence (no surrogate escapes) in the JSON.
    #expect(sample.text("items.csv").contains(#","地域<DX>&""推進""𠮷","#))
    #expect(sample.text("budget.xml").contains("地域&lt;DX&gt;&amp;"))
    #expect(sample.text("budget.jsonld").contains(#""prefLabel":"地域<DX>&\"推進\"𠮷""#))
    #expect(!sample.text("budget.jsonld").contains("\\ud842"))
  }

  // MARK: - Golden files

  /// The golden files hold the items in document order, parents first.
  @Test(arguments: ["budget.xml", "budget.jsonld", "items.csv"])
  func sampleExportMatchesGoldenFile(_ name: String) throws {
    let sample = try FormatsSample.utf8()
    let file = try #require(sample.files[name])
    try Snapshot.assertMatches(
      file.bytes, named: "sample-" + name, in: Snapshot.folder(besides: #filePath))
  }

  /// `BudgetDocument.items` promises document order with parents first; every writer
  /// inherits the order, and the golden files depend on it. (Item sort keys once kept a
  /// stale sub-item number, and `Dictionary` order broke the ties differently on each run.)
  @Test func itemsAreInDocumentOrderParentsFirst() throws {
    let document = try FormatsSample.utf8().document
    let misplaced = FormatsSample.misplacedItems(document)
    #expect(misplaced.isEmpty, "items listed before their parent: \(misplaced.prefix(10))")
    let again = try FormatsSample.exported(text: FormatsSample.sampleText()).document
    #expect(
      again.items.map(\.id) == document.items.map(\.id), "item order is the same on every run")
  }
}

// MARK: - Shared helpers (also used by SpreadsheetTests)

/// One (observation id, measure, fiscal year, amount) tuple; `amount` is the exact yen as
/// decimal text, empty when the document states no amount.
struct ObservationKey: Hashable, Sendable, CustomStringConvertible {
  var id: String
  var measure: String
  var fiscalYear: String
  var amount: String

  init(id: String, measure: String, fiscalYear: String, amount: String) {
    self.id = id
    self.measure = measure
    self.fiscalYear = fiscalYear
    self.amount = amount
  }

  init(_ observation: Observation) {
    self.init(
      id: observation.id, measure: observation.figure.measure.rawValue,
      fiscalYear: String(observation.figure.fiscalYear),
      amount: observation.figure.amountJPY.map { String($0) } ?? "")
  }

  var description: String { "(\(id), \(measure), \(fiscalYear), \(amount.isEmpty ? "—" : amount))" }
}

/// A hierarchy edge: child id → parent id (empty for a chapter).
struct Edge: Hashable, Sendable, CustomStringConvertible {
  var child: String
  var parent: String
  var description: String { "\(child)→\(parent.isEmpty ? "∅" : parent)" }
}

extension BudgetDocument {
  /// id → printed label of every item, expense, summary row and FILP entry.
  var labels: [String: String] {
    var result: [String: String] = [:]
    for item in items { result[item.id] = item.title }
    for expense in expenses { result[expense.id] = expense.name }
    for entry in summary { result[entry.id] = entry.label }
    for entry in filp { result[entry.id] = entry.label }
    return result
  }
}

/// The sample document run through the real pipeline, and readers for its export files.
struct FormatsSample: Sendable {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The name the sample is exported under; `DocumentInfo.sourceFile` is its last component.
  static let sourceName = "Inputs/soumu-r6-yosan-an-gaiyo.txt"

  let document: BudgetDocument
  let files: [String: ExportFile]
  let csvEncoding: CSVEncoding

  static func sampleText() throws -> String {
    try String(contentsOf: root.appendingPathComponent(sourceName), encoding: .utf8)
  }

  /// Runs extract → transform → export on `text` (UTF-8) with the project's mappings.
  static func exported(text: String, csvEncoding: CSVEncoding = .utf8) throws -> FormatsSample {
    let pipeline = try Pipeline(
      mappingsDirectory: root.appendingPathComponent("Mappings"),
      options: Pipeline.Options(csvEncoding: csvEncoding))
    let document = try pipeline.transform(bytes: Array(text.utf8), sourceName: sourceName)
    let files = try pipeline.export(document)
    return FormatsSample(
      document: document, files: Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0) }),
      csvEncoding: csvEncoding)
  }

  private static let cachedUTF8: Result<FormatsSample, any Error> = Result {
    try exported(text: sampleText())
  }

  /// The unmodified sample with UTF-8 CSV files, exported once for all tests.
  static func utf8() throws -> FormatsSample { try cachedUTF8.get() }

  /// `text` with `old` replaced by `new` on the given 1-based lines; fails when a line does
  /// not hold `old`, so a change of the sample cannot make a test vacuous.
  static func substituting(in text: String, _ edits: [(line: Int, old: String, new: String)])
    throws -> String
  {
    var lines = text.components(separatedBy: "\n")
    for edit in edits {
      let index = edit.line - 1
      guard lines.indices.contains(index), lines[index].contains(edit.old) else {
        throw SampleEditError(line: edit.line, text: edit.old)
      }
      lines[index] = lines[index].replacingOccurrences(of: edit.old, with: edit.new)
    }
    return lines.joined(separator: "\n")
  }

  struct SampleEditError: Error, CustomStringConvertible {
    var line: Int
    var text: String
    var description: String { "line \(line) of the sample does not contain 「\(text)」" }
  }

  /// The text of an export file, decoded as UTF-8.
  func text(_ name: String) -> String {
    String(decoding: files[name]?.bytes ?? [], as: UTF8.self)
  }

  /// A CSV file of the export, decoded from the export's CSV encoding and parsed.
  func csv(_ name: String) throws -> CSVTable {
    let file = try #require(files[name], "no \(name) in the export")
    return try CSVTable(parsing: try Self.decodeCSV(file.bytes, encoding: csvEncoding))
  }

  /// Decodes CSV bytes: strips (and requires) the BOM for `utf8BOM`, CP932 via
  /// `TextEncoding.decodeCP932`.
  static func decodeCSV(_ bytes: [UInt8], encoding: CSVEncoding) throws -> String {
    switch encoding {
    case .utf8:
      return try #require(String(validating: bytes, as: UTF8.self), "not UTF-8")
    case .utf8BOM:
      try #require(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no UTF-8 byte order mark")
      return try #require(String(validating: bytes.dropFirst(3), as: UTF8.self), "not UTF-8")
    case .cp932:
      return try TextEncoding.decodeCP932(bytes)
    }
  }

  func csvObservations() throws -> [ObservationKey] {
    try csv("observations.csv").rows.map {
      ObservationKey(
        id: $0["id"]!, measure: $0["measure"]!, fiscalYear: $0["fiscal_year"]!,
        amount: $0["amount_jpy"]!)
    }
  }

  /// id → label from items.csv (title), expenses.csv (name), summary.csv and filp.csv (label).
  func csvLabels() throws -> [String: String] {
    var result: [String: String] = [:]
    for (file, column) in [
      ("items.csv", "title"), ("expenses.csv", "name"), ("summary.csv", "label"),
      ("filp.csv", "label"),
    ] {
      for row in try csv(file).rows { result[row["id"]!] = row[column]! }
    }
    return result
  }

  func xml() throws -> XMLBudgetReader {
    try XMLBudgetReader(bytes: try #require(files["budget.xml"]).bytes)
  }

  func jsonld() throws -> JSONLDBudgetReader {
    try JSONLDBudgetReader(bytes: try #require(files["budget.jsonld"]).bytes)
  }

  /// The CSV form of a text cell: `'` before a leading `=`, `+`, `-`, `@`, tab or CR.
  static func neutralized(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first)
    else { return text }
    return "'" + text
  }

  /// Items that come before their parent (should be none).
  static func misplacedItems(_ document: BudgetDocument) -> [String] {
    var seen = Set<String>()
    var misplaced: [String] = []
    for item in document.items {
      if let parent = item.parentId, !seen.contains(parent) { misplaced.append(item.id) }
      seen.insert(item.id)
    }
    return misplaced
  }

  /// A short description of how two sets differ, for failure messages.
  static func difference<T: Hashable & CustomStringConvertible>(
    _ actual: Set<T>, _ expected: Set<T>
  )
    -> String
  {
    let extra = actual.subtracting(expected).map(\.description).sorted().prefix(5)
    let missing = expected.subtracting(actual).map(\.description).sorted().prefix(5)
    return "unexpected \(Array(extra)), missing \(Array(missing))"
  }
}

/// Reads budget.xml with Foundation's SAX `XMLParser`: every `<figure>` as an observation of
/// the enclosing subject, the item and expense edges, and the labels.
final class XMLBudgetReader: NSObject, XMLParserDelegate {
  private(set) var observations: [ObservationKey] = []
  private(set) var itemEdges: [Edge] = []
  private(set) var expenseEdges: [Edge] = []
  private(set) var labels: [String: String] = [:]

  private var subject: String?
  private var figure: ObservationKey?
  private var text: String?
  private static let subjects: Set<String> = ["item", "expense", "entry", "filp-entry"]
  private static let labelElements: Set<String> = ["title", "name", "label"]

  init(bytes: [UInt8]) throws {
    super.init()
    // Under the validator's lock: Foundation's parser is libxml2 too (`XMLReadBack`).
    let failure: String? = LibXML2.schemaLock.withLock {
      let parser = XMLParser(data: Data(bytes))
      parser.delegate = self
      guard parser.parse() else {
        return
          "budget.xml: \(parser.parserError.map { "\($0)" } ?? "parse error") at line \(parser.lineNumber)"
      }
      return nil
    }
    if let failure { throw XMLReadError(message: failure) }
  }

  struct XMLReadError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    switch elementName {
    case _ where Self.subjects.contains(elementName):
      subject = attributes["id"]
      if elementName == "item", let id = attributes["id"] {
        itemEdges.append(Edge(child: id, parent: attributes["parent"] ?? ""))
      }
      if elementName == "expense", let id = attributes["id"] {
        expenseEdges.append(Edge(child: id, parent: attributes["item"] ?? ""))
      }
    case "figure":
      let measure = attributes["measure"] ?? ""
      figure = ObservationKey(
        id: "\(subject ?? "?")/\(measure)", measure: measure,
        fiscalYear: attributes["fiscal-year"] ?? "", amount: "")
    case "value" where figure != nil: text = ""
    case _ where Self.labelElements.contains(elementName) && subject != nil: text = ""
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text?.append(string)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch elementName {
    case _ where Self.subjects.contains(elementName): subject = nil
    case "figure":
      if let figure { observations.append(figure) }
      figure = nil
    case "value" where figure != nil:
      figure?.amount = text ?? ""
      text = nil
    case _ where Self.labelElements.contains(elementName) && subject != nil:
      if let subject, let text, labels[subject] == nil { labels[subject] = text }
      text = nil
    default: break
    }
  }
}

/// Reads budget.jsonld as JSON: observation nodes, `broader` edges and `prefLabel`s.
struct JSONLDBudgetReader {
  var observations: [ObservationKey] = []
  var itemEdges: [Edge] = []
  var expenseEdges: [Edge] = []
  var labels: [String: String] = [:]

  init(bytes: [UInt8]) throws {
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any], "not a JSON object")
    let graph = try #require(root["@graph"] as? [[String: Any]], "no @graph")
    // IRI → identifier, to turn `broader` IRIs back into ids.
    var identifiers: [String: String] = [:]
    for node in graph {
      if let iri = node["@id"] as? String, let id = node["identifier"] as? String {
        identifiers[iri] = id
      }
    }
    for node in graph {
      let types = (node["@type"] as? [String]) ?? [node["@type"] as? String].compactMap { $0 }
      let id = node["identifier"] as? String ?? ""
      if types.contains("Figure") {
        let kind = node["figureKind"] as? String ?? ""
        let year = node["fiscalYear"] as? String ?? ""
        observations.append(
          ObservationKey(
            id: id,
            // A code of the figure-kind list (`@type: @vocab`, scoped `@vocab`).
            measure: kind.isEmpty || kind.contains(":") || kind.contains("/")
              ? "?\(kind)" : kind,
            fiscalYear: year.split(separator: "/").last.map(String.init) ?? "",
            amount: Self.integerText(node["amount"])))
        continue
      }
      let broader = (node["broader"] as? String).map { identifiers[$0] ?? "?\($0)" } ?? ""
      if types.contains("Expense") {
        expenseEdges.append(Edge(child: id, parent: broader))
      } else if types.contains("Concept") && !types.contains("SummaryEntry")
        && !types.contains("FilpEntry")
      {
        itemEdges.append(Edge(child: id, parent: broader))
      }
      if types.contains(where: { ["Concept", "SummaryEntry", "FilpEntry"].contains($0) }),
        let label = node["prefLabel"] as? String
      {
        labels[id] = label
      }
    }
  }

  /// A JSON integer as decimal text, empty when absent; a non-integer shows as `?…`.
  static func integerText(_ value: Any?) -> String {
    switch value {
    case nil: return ""
    case let value as NSNumber:
      let text = value.stringValue
      let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
      return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        ? text : "?\(text)"
    case let value?: return "?\(value)"
    }
  }
}
