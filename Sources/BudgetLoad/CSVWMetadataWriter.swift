import BudgetModel

/// Writes `csv-metadata.json`: CSV on the Web (W3C CSVW) metadata for the six CSV files, so
/// that a CSVW processor (csv2rdf) yields the same subjects as the JSON-LD export.
///
/// Subject IRIs (`aboutUrl`): `{baseIRI}{document id}/item/{id}`, `…/expense/{id}`,
/// `…/summary/{id}`, `…/filp/{id}` and `…/obs/{subject_id}/{measure}` (an observation's id
/// is `<subject id>/<measure>`) and `…/finding/{_row}`, as the JSON-LD export names them.
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

  /// The dataset IRI of a document: `{baseIRI}{document id}` (a `/` is put after the base
  /// unless it ends in `/` or `#`, as in the JSON-LD export).
  public func dataSetIRI(for document: BudgetDocument) -> String {
    TableSchema.resolveIRITemplate(".", baseIRI: baseIRI, documentId: document.info.id)
  }

  /// The `csv-metadata.json` text (pretty printed, keys sorted, newline at the end).
  public func json(for document: BudgetDocument) -> String {
    metadata(for: document).prettyPrinted
  }

  func metadata(for document: BudgetDocument) -> TableJSONValue {
    let info = document.info
    return [
      "@context": ["http://www.w3.org/ns/csvw", ["@language": "ja"]],
      "@type": "TableGroup",
      "dc:title": .string(info.title),
      "dc:publisher": .string(info.organization.nameJa),
      "dc:source": .string(info.sourceFile),
      "dc:license": ["@id": .string(DCATVocabulary.licenseIRI)],
      "dc:rights": "政府標準利用規約（第2.0版）（CC BY 4.0 互換）",
      "tables": .array(TableSchema.all.map { table(for: $0, document: document) }),
    ]
  }

  func table(for table: TableSchema, document: BudgetDocument) -> TableJSONValue {
    var schema: [String: TableJSONValue] = [
      "columns": .array(
        table.columns.map { column($0, document: document) }
          + virtualColumns(table, document: document))
    ]
    if !table.primaryKey.isEmpty {
      schema["primaryKey"] = .array(table.primaryKey.map(TableJSONValue.string))
    }
    if let about = table.aboutURL {
      schema["aboutUrl"] = .string(resolve(about, document: document))
    }
    if !table.foreignKeys.isEmpty {
      schema["foreignKeys"] = .array(
        table.foreignKeys.map { key in
          [
            "columnReference": .array(key.columns.map(TableJSONValue.string)),
            "reference": [
              "resource": .string(TableSchema.named(key.referencedTable)?.path ?? key.referencedTable),
              "columnReference": .array(key.referencedColumns.map(TableJSONValue.string)),
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
      "tableSchema": .object(schema),
    ]
  }

  func column(_ column: TableSchema.Column, document: BudgetDocument) -> TableJSONValue {
    var value: [String: TableJSONValue] = [
      "name": .string(column.name),
      "titles": ["en": .string(column.name), "ja": .string(column.title)],
      "datatype": .string((column.listItemType ?? column.type).csvwDatatype),
      "required": .bool(column.required),
      "null": "",
      "dc:description": ["@value": .string(column.description), "@language": "en"],
    ]
    if let property = column.propertyURL {
      value["propertyUrl"] = .string(resolve(property, document: document))
    }
    if let template = column.valueURL {
      value["valueUrl"] = .string(resolve(template, document: document))
    }
    if column.suppressOutput { value["suppressOutput"] = true }
    if let language = column.language { value["lang"] = .string(language) }
    if let separator = column.separator { value["separator"] = .string(separator) }
    return .object(value)
  }

  /// The table's virtual properties as CSVW virtual columns (`virtual_1`, `virtual_2`, …).
  func virtualColumns(_ table: TableSchema, document: BudgetDocument) -> [TableJSONValue] {
    table.virtualProperties.enumerated().map { index, property in
      [
        "name": .string("virtual_\(index + 1)"), "virtual": true,
        "propertyUrl": .string(resolve(property.propertyURL, document: document)),
        "valueUrl": .string(resolve(property.valueURL, document: document)),
      ]
    }
  }

  /// Resolves an IRI template; `@organization` and `@phase` stand for the document's
  /// organization (`{base}org/{code}`) and budget-stage concept.
  func resolve(_ template: String, document: BudgetDocument) -> String {
    switch template {
    case "@organization":
      TableSchema.resolveIRITemplate(
        "~/org/" + document.info.organization.code, baseIRI: baseIRI, documentId: document.info.id)
    case "@phase": JSONLDIRI.phaseConcept(document.info.phase.code)
    default:
      TableSchema.resolveIRITemplate(template, baseIRI: baseIRI, documentId: document.info.id)
    }
  }
}
