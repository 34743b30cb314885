import BudgetModel

/// Writes `csv-metadata.json`: CSV on the Web (W3C CSVW) metadata for the six CSV files, so
/// that a CSVW processor (csv2rdf) yields the same subjects as the JSON-LD export.
///
/// Subject IRIs (`aboutUrl`): `{baseIRI}{document id}/item/{id}`, `…/expense/{id}`,
/// `…/summary/{id}`, `…/filp/{id}` and `…/obs/{+id}` (an observation's id is
/// `<subject id>/<measure>`, or `<subject id>/<measure>-<year>` for a measure of any year) and `…/finding/{_row}`, as the JSON-LD export names them.
/// Columns whose values the JSON-LD states elsewhere (amounts of items, expenses, summary and
/// FILP rows: see `observations.csv`) are `suppressOutput`. Properties map into Dublin Core, SKOS, the RDF Data Cube and the OpenBudgets.eu
/// data structure definition; project-specific terms use the JSON-LD context's vocabulary
/// `https://budget-etl.example/vocab#`.
public struct CSVWMetadataWriter: Sendable {
  public var encoding: CSVEncoding
  public var baseIRI: String

  public init(encoding: CSVEncoding = .utf8, baseIRI: String = CSVExporter.defaultBaseIRI) {
    self.encoding = encoding
    self.baseIRI = baseIRI
  }

  /// The `csv-metadata.json` text (pretty printed, keys sorted, newline at the end).
  public func json(for document: BudgetDocument) -> String {
    metadata(for: document).tableMetadataText
  }

  /// The `csv-metadata.json` bytes (UTF-8).
  public func bytes(for document: BudgetDocument) -> [UInt8] {
    metadata(for: document).bytes(escapingDelete: false)
  }

  func metadata(for document: BudgetDocument) -> JSONText {
    let info = document.info
    return [
      "@context": ["http://www.w3.org/ns/csvw", ["@language": "ja"]],
      "@type": "TableGroup",
      "dc:title": .string(info.title),
      "dc:publisher": .string(info.organization.nameJa),
      "dc:source": .string(info.sourceFile),
      "dc:license": ["@id": .string(DCATVocabulary.licenseIRI)],
      "dc:rights": "政府標準利用規約（第2.0版）（CC BY 4.0 互換）",
      "tables": .rendered(tables(for: document)),
    ]
  }

  /// The values that differ from one document to the next, as written into the IRIs.
  struct IRIParts {
    /// The base IRI ending in `/` or `#`.
    var base: String
    var documentId: String
    var organizationCode: String
    /// The budget stage's concept IRI.
    var phase: String

    /// Private-use characters standing for each part in ``CSVWMetadataWriter/renderedTables``.
    static let placeholders = IRIParts(
      base: "\u{E000}", documentId: "\u{E001}", organizationCode: "\u{E002}", phase: "\u{E003}")
  }

  /// The `tables` array with placeholders for the document's parts, rendered once per process
  /// for each encoding: nearly all of the file, the same for every document but its IRIs.
  static let renderedTables = RenderedPerEncoding { encoding in
    let writer = CSVWMetadataWriter(encoding: encoding)
    let tables = JSONText.array(
      TableSchema.all.map { writer.table(for: $0, parts: IRIParts.placeholders) })
    return tables.bytes(indent: 2, escapingDelete: false)
  }

  /// ``renderedTables`` with the placeholders replaced by the document's parts.
  func tables(for document: BudgetDocument) -> [UInt8] {
    let base = baseIRI.hasSuffix("/") || baseIRI.hasSuffix("#") ? baseIRI : baseIRI + "/"
    let parts = [
      base, document.info.id, document.info.organization.code,
      JSONLDIRI.phaseConcept(document.info.phase.code),
    ]
    .map { value -> [UInt8] in
      var quoted: [UInt8] = []
      JSONText.writeString(value, into: &quoted, escapingDelete: false)
      return Array(quoted.dropFirst().dropLast())
    }
    let template = Self.renderedTables[encoding]
    var output: [UInt8] = []
    output.reserveCapacity(template.count + 4096)
    // A placeholder is EE 80 80 … EE 80 83 in UTF-8; the text between two is copied as one
    // run (a byte appended at a time was 3% of a `--formats csv` run's instructions).
    template.withUnsafeBufferPointer { bytes in
      var runStart = 0
      var index = 0
      while index < bytes.count {
        guard bytes[index] == 0xEE, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] >= 0x80, bytes[index + 2] <= 0x83
        else {
          index += 1
          continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        let part = Int(bytes[index + 2] - 0x80)
        output += parts[part]
        index += 3
        // The base placeholder is always followed by the `/` resolving appended to it.
        if part == 0, index < bytes.count, bytes[index] == 0x2F { index += 1 }
        runStart = index
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }
    return output
  }

  func table(for table: TableSchema, parts: IRIParts) -> JSONText {
    var schema: [String: JSONText] = [
      "columns": .array(
        table.columns.map { column($0, parts: parts) } + virtualColumns(table, parts: parts))
    ]
    if !table.primaryKey.isEmpty {
      schema["primaryKey"] = .array(table.primaryKey.map(JSONText.string))
    }
    if let about = table.aboutURL {
      schema["aboutUrl"] = .string(resolve(about, parts: parts))
    }
    if !table.foreignKeys.isEmpty {
      schema["foreignKeys"] = .array(
        table.foreignKeys.map { key in
          [
            "columnReference": .array(key.columns.map(JSONText.string)),
            "reference": [
              "resource": .string(
                TableSchema.named(key.referencedTable)?.path ?? key.referencedTable),
              "columnReference": .array(key.referencedColumns.map(JSONText.string)),
            ],
          ]
        })
    }
    return [
      "@type": "Table",
      "url": .string(table.path),
      "dc:title": .string(table.title),
      "dc:description": ["@value": .string(table.description), "@language": "en"],
      "dialect": [
        "encoding": .string(encoding.csvwName),
        "header": true,
        "headerRowCount": 1,
        "delimiter": ",",
        "quoteChar": "\"",
        "doubleQuote": true,
        "lineTerminators": ["\r\n"],
        "trim": false,
      ],
      "tableSchema": .sorted(schema),
    ]
  }

  func column(_ column: TableSchema.Column, parts: IRIParts) -> JSONText {
    var value: [String: JSONText] = [
      "name": .string(column.name),
      "titles": ["en": .string(column.name), "ja": .string(column.title)],
      "datatype": .string((column.listItemType ?? column.type).csvwDatatype),
      "required": .bool(column.required),
      "null": "",
      "dc:description": ["@value": .string(column.description), "@language": "en"],
    ]
    if let property = column.propertyURL {
      value["propertyUrl"] = .string(resolve(property, parts: parts))
    }
    if let template = column.valueURL {
      value["valueUrl"] = .string(resolve(template, parts: parts))
    }
    if column.suppressOutput { value["suppressOutput"] = true }
    if let language = column.language { value["lang"] = .string(language) }
    if let separator = column.separator { value["separator"] = .string(separator) }
    return .sorted(value)
  }

  /// The table's virtual properties as CSVW virtual columns (`virtual_1`, `virtual_2`, …).
  func virtualColumns(_ table: TableSchema, parts: IRIParts) -> [JSONText] {
    table.virtualProperties.enumerated().map { index, property in
      [
        "name": .string("virtual_\(index + 1)"), "virtual": true,
        "propertyUrl": .string(resolve(property.propertyURL, parts: parts)),
        "valueUrl": .string(resolve(property.valueURL, parts: parts)),
      ]
    }
  }

  /// Resolves an IRI template; `@organization` and `@phase` stand for the document's
  /// organization (`{base}org/{code}`) and budget-stage concept.
  func resolve(_ template: String, parts: IRIParts) -> String {
    switch template {
    case "@organization":
      TableSchema.resolveIRITemplate(
        "~/org/" + parts.organizationCode, baseIRI: parts.base, documentId: parts.documentId)
    case "@phase": parts.phase
    default:
      TableSchema.resolveIRITemplate(template, baseIRI: parts.base, documentId: parts.documentId)
    }
  }
}
