import Foundation

/// `all/datapackage.json` (Frictionless Tabular Data Package) and `all/csv-metadata.json`
/// (CSVW) for the combined tables.
enum CombinedMetadata {
  static let title = "予算書アーカイブ（全文書の表）"
  static let description =
    "Every exported document's tables in one file per record kind: the per-document CSV rows unchanged, each led by the id of its document (documents.csv describes the documents)."

  /// The tables as combined: documents first, then the record tables by name.
  static func tables(_ scan: ExportScan) -> [ArchiveTable] {
    var documents = ArchiveTable(name: "documents")
    documents.title = "文書"
    documents.description = "One row per exported document, from its manifest.json."
    documents.primaryKey = ["document_id"]
    documents.fields = ArchiveDocument.columns.map { c in
      ArchiveField(
        name: c.name, type: c.type == "INTEGER" ? "integer" : "string", title: c.title,
        description: c.description, unit: nil, required: c.name == "document_id")
    }
    let records = scan.tables.map { t -> ArchiveTable in
      var t = t
      t.fields = [ArchiveDDL.documentField] + t.fields
      t.primaryKey = t.primaryKey.isEmpty ? [] : [ArchiveTable.documentColumn] + t.primaryKey
      // A key over (document_id, a column that may be empty) is left out: the validators
      // look up a partly empty composite key, which the per-document tables never do.
      let required = t.foreignKeys.filter { fk in
        fk.fields.allSatisfy { t.field($0)?.required == true }
      }
      t.foreignKeys =
        [ArchiveForeignKey(fields: [], table: "documents", referencedFields: [])] + required
      t.foreignKeys = t.foreignKeys.map { fk in
        ArchiveForeignKey(
          fields: [ArchiveTable.documentColumn] + fk.fields, table: fk.table,
          referencedFields: [ArchiveTable.documentColumn] + fk.referencedFields)
      }
      return t
    }
    return [documents] + records
  }

  static func license(_ scan: ExportScan) -> [String: String] {
    scan.license.isEmpty
      ? ["name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"]
      : scan.license
  }

  static func dataPackage(_ scan: ExportScan) -> [UInt8] {
    let resources: [JSONValue] = tables(scan).map { t in
      var schema: [String: JSONValue] = [
        "fields": .array(
          t.fields.map { f -> JSONValue in
            var field: [String: JSONValue] = [
              "name": .string(f.name), "type": .string(f.type), "title": .string(f.title),
              "description": .string(f.description),
              "constraints": ["required": .bool(t.primaryKey.contains(f.name))],
            ]
            if let unit = f.unit { field["unit"] = .string(unit) }
            if f.type == "integer" { field["bareNumber"] = true }
            return .object(field)
          }),
        "missingValues": [""],
        "foreignKeys": .array(
          t.foreignKeys.map { fk in
            [
              "fields": .strings(fk.fields),
              "reference": [
                "resource": .string(fk.table), "fields": .strings(fk.referencedFields),
              ],
            ]
          }),
      ]
      if !t.primaryKey.isEmpty { schema["primaryKey"] = .strings(t.primaryKey) }
      return [
        "name": .string(t.name), "path": .string(t.fileName), "title": .string(t.title),
        "description": .string(t.description), "profile": "tabular-data-resource",
        "format": "csv", "mediatype": "text/csv", "encoding": "utf-8", "schema": .object(schema),
        "dialect": [
          "delimiter": ",", "doubleQuote": true, "header": true, "lineTerminator": "\r\n",
          "quoteChar": "\"", "skipInitialSpace": false,
        ],
      ]
    }
    let package: JSONValue = [
      "profile": "tabular-data-package", "name": "budget-etl-all", "title": .string(title),
      "description": .string(description),
      "licenses": [.object(license(scan).mapValues { .string($0) })],
      "resources": .array(resources),
    ]
    return JSONOutput.bytes(package)
  }

  static func csvw(_ scan: ExportScan) -> [UInt8] {
    let license = license(scan)
    let tables: [JSONValue] = tables(scan).map { t in
      var schema: [String: JSONValue] = [
        "columns": .array(
          t.fields.map { f -> JSONValue in
            [
              "name": .string(f.name), "titles": ["en": .string(f.name), "ja": .string(f.title)],
              "datatype": .string(f.csvwDatatype), "null": "",
              "required": .bool(t.primaryKey.contains(f.name)),
              "dc:description": ["@language": "en", "@value": .string(f.description)],
            ]
          }),
        "foreignKeys": .array(
          t.foreignKeys.map { fk in
            [
              "columnReference": .strings(fk.fields),
              "reference": [
                "resource": .string(fk.table + ".csv"),
                "columnReference": .strings(fk.referencedFields),
              ],
            ]
          }),
      ]
      if !t.primaryKey.isEmpty { schema["primaryKey"] = .strings(t.primaryKey) }
      return [
        "@type": "Table", "url": .string(t.fileName), "dc:title": .string(t.title),
        "dc:description": ["@language": "en", "@value": .string(t.description)],
        "tableSchema": .object(schema),
        "dialect": [
          "delimiter": ",", "doubleQuote": true, "encoding": "utf-8", "header": true,
          "headerRowCount": 1, "lineTerminators": ["\r\n"], "quoteChar": "\"", "trim": false,
        ],
      ]
    }
    let group: JSONValue = [
      "@context": ["http://www.w3.org/ns/csvw", ["@language": "ja"]], "@type": "TableGroup",
      "dc:title": .string(title), "dc:license": ["@id": .string(license["path"] ?? "")],
      "dc:rights": .string(license["title"] ?? license["name"] ?? ""), "tables": .array(tables),
    ]
    return JSONOutput.bytes(group)
  }
}
