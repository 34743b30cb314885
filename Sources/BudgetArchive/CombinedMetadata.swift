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
    let resources: [[String: Any]] = tables(scan).map { t in
      var schema: [String: Any] = [
        "fields": t.fields.map { f -> [String: Any] in
          var field: [String: Any] = [
            "name": f.name, "type": f.type, "title": f.title, "description": f.description,
            "constraints": ["required": t.primaryKey.contains(f.name)],
          ]
          if let unit = f.unit { field["unit"] = unit }
          if f.type == "integer" { field["bareNumber"] = true }
          return field
        },
        "missingValues": [""],
        "foreignKeys": t.foreignKeys.map { fk in
          [
            "fields": fk.fields,
            "reference": ["resource": fk.table, "fields": fk.referencedFields],
          ]
        },
      ]
      if !t.primaryKey.isEmpty { schema["primaryKey"] = t.primaryKey }
      return [
        "name": t.name, "path": t.fileName, "title": t.title, "description": t.description,
        "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv",
        "encoding": "utf-8", "schema": schema,
        "dialect": [
          "delimiter": ",", "doubleQuote": true, "header": true, "lineTerminator": "\r\n",
          "quoteChar": "\"", "skipInitialSpace": false,
        ],
      ]
    }
    let package: [String: Any] = [
      "profile": "tabular-data-package", "name": "budget-etl-all", "title": title,
      "description": description, "licenses": [license(scan)], "resources": resources,
    ]
    return JSONOutput.bytes(package)
  }

  static func csvw(_ scan: ExportScan) -> [UInt8] {
    let license = license(scan)
    let tables: [[String: Any]] = tables(scan).map { t in
      var schema: [String: Any] = [
        "columns": t.fields.map { f -> [String: Any] in
          [
            "name": f.name, "titles": ["en": f.name, "ja": f.title], "datatype": f.csvwDatatype,
            "null": "", "required": t.primaryKey.contains(f.name),
            "dc:description": ["@language": "en", "@value": f.description],
          ]
        },
        "foreignKeys": t.foreignKeys.map { fk in
          [
            "columnReference": fk.fields,
            "reference": ["resource": fk.table + ".csv", "columnReference": fk.referencedFields],
          ]
        },
      ]
      if !t.primaryKey.isEmpty { schema["primaryKey"] = t.primaryKey }
      return [
        "@type": "Table", "url": t.fileName, "dc:title": t.title,
        "dc:description": ["@language": "en", "@value": t.description], "tableSchema": schema,
        "dialect": [
          "delimiter": ",", "doubleQuote": true, "encoding": "utf-8", "header": true,
          "headerRowCount": 1, "lineTerminators": ["\r\n"], "quoteChar": "\"", "trim": false,
        ],
      ]
    }
    let group: [String: Any] = [
      "@context": ["http://www.w3.org/ns/csvw", ["@language": "ja"]], "@type": "TableGroup",
      "dc:title": title, "dc:license": ["@id": license["path"] ?? ""],
      "dc:rights": license["title"] ?? license["name"] ?? "", "tables": tables,
    ]
    return JSONOutput.bytes(group)
  }
}
