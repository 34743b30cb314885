import Foundation

/// What the archive is built from: the document folders of an export directory (those with a
/// `manifest.json`), in the order of their ids, and the record tables their CSV files form.
/// Only headers and schemas are read here; rows are streamed later, one file at a time.
struct ExportScan {
  var documents: [ArchiveDocument] = []
  /// Record tables by name, in name order.
  var tables: [ArchiveTable] = []
  /// The licence of the first document's `datapackage.json` (name, path, title).
  var license: [String: String] = [:]

  /// Folder names that are never documents (the archive's own outputs).
  static let reserved: Set<String> = [CombinedTables.folderName, "series"]

  init(root: URL) throws {
    let fm = FileManager.default
    let names = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
    var tablesByName: [String: ArchiveTable] = [:]
    var seenHeaders: Set<String> = []
    for name in names where !name.hasPrefix(".") && !Self.reserved.contains(name) {
      let folder = root.appendingPathComponent(name)
      guard
        let data = fm.contents(
          atPath: folder.appendingPathComponent("manifest.json").path)
      else { continue }
      var document = try ArchiveDocument(folder: name, manifest: data)
      // A CSV file the manifest lists but the folder lacks is left out, not fatal.
      document.files.removeAll {
        $0.name.hasSuffix(".csv")
          && !fm.fileExists(atPath: folder.appendingPathComponent($0.name).path)
      }
      var definitions: [String: TableDefinition]?
      for file in document.csvFiles {
        let table = String(file.name.dropLast(4))
        guard SQLIdentifier.isValid(table) else { continue }
        let header = try Self.header(of: folder.appendingPathComponent(file.name), file: file)
        let signature = file.name + "\n" + header.joined(separator: ",")
        guard seenHeaders.insert(signature).inserted else { continue }
        if definitions == nil { definitions = Self.definitions(folder: folder, into: &license) }
        let definition = definitions?[file.name]
        var t = tablesByName[table] ?? ArchiveTable(name: table)
        if tablesByName[table] == nil, let definition {
          t.title = definition.title
          t.description = definition.description
          t.primaryKey = definition.primaryKey.filter { header.contains($0) }
          t.foreignKeys = definition.foreignKeys
        }
        t.merge(header: header, definitions: definition?.fields ?? [:])
        tablesByName[table] = t
      }
      documents.append(document)
    }
    tables = tablesByName.keys.sorted().map { tablesByName[$0]! }
    dropUnresolvedForeignKeys()
  }

  /// A foreign key whose table or key is not in the archive is left out (SQLite would report
  /// it as a mismatch).
  private mutating func dropUnresolvedForeignKeys() {
    let keys = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0.primaryKey) })
    for i in tables.indices {
      let table = tables[i]
      tables[i].foreignKeys.removeAll { fk in
        keys[fk.table] != fk.referencedFields || !fk.fields.allSatisfy { table.field($0) != nil }
      }
    }
  }

  /// The header of a CSV file: the first line, read without reading the whole file.
  static func header(of url: URL, file: ArchiveDocument.File) throws -> [String] {
    guard let handle = try? FileHandle(forReadingFrom: url) else {
      throw ArchiveError.unreadable(path: url.path, reason: "cannot be opened")
    }
    defer { try? handle.close() }
    var bytes: [UInt8] = []
    while bytes.firstIndex(of: 0x0A) == nil,
      let chunk = try handle.read(upToCount: 4096), !chunk.isEmpty
    {
      bytes += chunk
    }
    let line = Array(bytes.prefix { $0 != 0x0A })
    return CSVRecords.header(try file.utf8(line, path: url.path))
  }

  struct TableDefinition {
    var title = ""
    var description = ""
    var fields: [String: ArchiveField] = [:]
    var primaryKey: [String] = []
    var foreignKeys: [ArchiveForeignKey] = []
  }

  /// The table definitions of a document's `datapackage.json` by file name (empty when it is
  /// missing or unreadable: the columns are then text columns named by the header).
  static func definitions(folder: URL, into license: inout [String: String]) -> [String:
    TableDefinition]
  {
    let url = folder.appendingPathComponent("datapackage.json")
    guard let data = FileManager.default.contents(atPath: url.path),
      let package = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
      let resources = package["resources"] as? [[String: Any]]
    else { return [:] }
    if license.isEmpty, let first = (package["licenses"] as? [[String: Any]])?.first {
      license = first.compactMapValues { $0 as? String }
    }
    var result: [String: TableDefinition] = [:]
    for resource in resources {
      guard let path = resource["path"] as? String, let name = resource["name"] as? String,
        let schema = resource["schema"] as? [String: Any]
      else { continue }
      result[path] = definition(resource, name: name, schema: schema)
    }
    return result
  }

  private static func definition(_ resource: [String: Any], name: String, schema: [String: Any])
    -> TableDefinition
  {
    var d = TableDefinition()
    d.title = resource["title"] as? String ?? name
    d.description = resource["description"] as? String ?? ""
    for f in schema["fields"] as? [[String: Any]] ?? [] {
      guard let fieldName = f["name"] as? String else { continue }
      let constraints = f["constraints"] as? [String: Any]
      d.fields[fieldName] = ArchiveField(
        name: fieldName, type: f["type"] as? String ?? "string",
        title: f["title"] as? String ?? fieldName, description: f["description"] as? String ?? "",
        unit: f["unit"] as? String, required: constraints?["required"] as? Bool ?? false)
    }
    d.primaryKey = schema["primaryKey"] as? [String] ?? []
    for fk in schema["foreignKeys"] as? [[String: Any]] ?? [] {
      guard let fields = fk["fields"] as? [String],
        let reference = fk["reference"] as? [String: Any],
        let referenced = reference["fields"] as? [String]
      else { continue }
      let target = reference["resource"] as? String ?? ""
      d.foreignKeys.append(
        ArchiveForeignKey(
          fields: fields, table: target.isEmpty ? name : target, referencedFields: referenced))
    }
    return d
  }
}

public enum ArchiveError: Error, CustomStringConvertible, Sendable {
  case unreadable(path: String, reason: String)
  case writeFailed(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): \(reason)"
    case .writeFailed(let path, let reason): "\(path): cannot be written: \(reason)"
    }
  }
}
