import BudgetModel

/// Writes `datapackage.json`: a Frictionless Tabular Data Package describing the six CSV
/// files, with a full Table Schema per resource and the Fiscal Data Package `model`
/// (measures and dimensions).
///
/// - Profile `tabular-data-package`; the Fiscal Data Package (0.3) `model`, `countryCode`,
///   `granularity` and `fiscalPeriod` properties are added on top (extra properties are
///   allowed by the Data Package specification).
/// - Every field states its type, Japanese title, description and `constraints`; money
///   fields carry `"unit": "JPY"` and `"bareNumber": true`.
/// - `missingValues: [""]`: an empty cell is "no amount stated", distinct from `0`.
/// - Licence: the Japanese Government Standard Terms of Use 2.0 (政府標準利用規約（第2.0版）),
///   compatible with CC BY 4.0, declared as `CC-BY-4.0`.
public struct DataPackageWriter: Sendable {
  public var encoding: CSVEncoding

  public init(encoding: CSVEncoding = .utf8) {
    self.encoding = encoding
  }

  /// The `datapackage.json` text (pretty printed, keys sorted, newline at the end).
  public func json(for document: BudgetDocument) -> String {
    descriptor(for: document).tableMetadataText
  }

  /// The `datapackage.json` bytes (UTF-8).
  public func bytes(for document: BudgetDocument) -> [UInt8] {
    descriptor(for: document).bytes(escapingDelete: false)
  }

  func descriptor(for document: BudgetDocument) -> JSONText {
    let info = document.info
    let organization = info.organization
    return [
      "profile": "tabular-data-package",
      "name": .string(info.id),
      "title": .string(info.title),
      "description": .string(
        "\(info.title)（\(organization.nameJa)）: \(info.fiscalYearLabel)（\(info.fiscalYear)年度）予算\(info.phaseLabel)の主要事項、主な経費、総括表、財政投融資を円単位で収録。"
      ),
      "keywords": ["予算", "budget", .string(organization.nameJa), .string(organization.nameEn)],
      "countryCode": "JP",
      "granularity": "aggregated",
      "fiscalPeriod": [
        "start": .string("\(info.fiscalYear)-04-01"),
        "end": .string("\(info.fiscalYear + 1)-03-31"),
      ],
      "licenses": [
        [
          "name": "CC-BY-4.0",
          "path": .string(DCATVocabulary.licenseIRI),
          "title": "政府標準利用規約（第2.0版）（CC BY 4.0 互換） https://www.digital.go.jp/resources/open_data/",
        ]
      ],
      "sources": [
        [
          "title": .string("\(organization.nameJa)「\(info.title)」"),
          "path": .string(info.sourceFile),
        ]
      ],
      "contributors": [
        [
          "title": .string(organization.nameJa), "organization": .string(organization.nameEn),
          "role": "publisher",
        ]
      ],
      "resources": .rendered(Self.renderedResources[encoding]),
      "model": model(for: info),
    ]
  }

  /// The `resources` array for each encoding, rendered once per process: it is the same for
  /// every document and nearly all of the file.
  static let renderedResources = RenderedPerEncoding { encoding in
    let resources = JSONText.array(
      TableSchema.all.map(DataPackageWriter(encoding: encoding).resource))
    return resources.bytes(indent: 2, escapingDelete: false)
  }

  /// One resource: the CSV file, its dialect and its Table Schema.
  func resource(_ table: TableSchema) -> JSONText {
    [
      "name": .string(table.name),
      "path": .string(table.path),
      "profile": "tabular-data-resource",
      "title": .string(table.title),
      "description": .string(table.description),
      "format": "csv",
      "mediatype": "text/csv",
      "encoding": .string(encoding.frictionlessName),
      "dialect": [
        "delimiter": ",", "header": true, "lineTerminator": "\r\n", "quoteChar": "\"",
        "doubleQuote": true, "skipInitialSpace": false,
      ],
      "schema": schema(table),
    ]
  }

  /// The Table Schema of a table.
  func schema(_ table: TableSchema) -> JSONText {
    var schema: [String: JSONText] = [
      "fields": .array(table.columns.map(field)),
      "missingValues": [""],
    ]
    if !table.primaryKey.isEmpty {
      schema["primaryKey"] = .array(table.primaryKey.map(JSONText.string))
    }
    if !table.foreignKeys.isEmpty {
      schema["foreignKeys"] = .array(
        table.foreignKeys.map { key in
          [
            "fields": .array(key.columns.map(JSONText.string)),
            "reference": [
              // The empty resource name is the Table Schema spelling of "this resource".
              "resource": .string(key.referencedTable == table.name ? "" : key.referencedTable),
              "fields": .array(key.referencedColumns.map(JSONText.string)),
            ],
          ]
        })
    }
    return .sorted(schema)
  }

  func field(_ column: TableSchema.Column) -> JSONText {
    var field: [String: JSONText] = [
      "name": .string(column.name),
      "title": .string(column.title),
      "type": .string(column.type.frictionlessType),
      "description": .string(column.description),
    ]
    var constraints: [String: JSONText] = ["required": .bool(column.required)]
    if let pattern = column.pattern { constraints["pattern"] = .string(pattern) }
    if let values = column.allowedValues {
      constraints["enum"] = .array(values.map(JSONText.string))
    }
    field["constraints"] = .sorted(constraints)
    if column.type == .integer || column.type == .decimal { field["bareNumber"] = true }
    if column.type == .boolean {
      field["trueValues"] = ["true"]
      field["falseValues"] = ["false"]
    }
    if let unit = column.unit { field["unit"] = .string(unit) }
    return .sorted(field)
  }
}
