import BudgetModel

/// Writes a document's `manifest.json`: every exported file with its SHA-256 and size, the
/// input's SHA-256, and the tool and mapping versions.
///
/// The manifest holds no wall-clock time and never its own hash, so the same input, tool and
/// mapping always give the same bytes. Keys are written in a fixed order (the order of
/// ``Manifest``'s properties); files are sorted by name.
public struct ManifestWriter: Sendable {
  /// The name of the manifest in an export folder.
  public static let fileName = "manifest.json"
  /// The version of the manifest format written.
  public static let formatVersion = 1

  /// The manifest for `files` (a file named `manifest.json` among them is skipped).
  ///
  /// - Throws: ``JSONLDError/duplicateIdentifier(_:)`` when two files share a name.
  public static func file(
    for document: BudgetDocument, files: [ExportFile], toolVersion: String, mappingVersion: String
  ) throws -> ExportFile {
    let listed = files.filter { $0.name != fileName }.sorted { $0.name < $1.name }
    for (previous, next) in zip(listed, listed.dropFirst()) where previous.name == next.name {
      throw JSONLDError.duplicateIdentifier(next.name)
    }
    let info = document.info
    let organization = info.organization
    let text = JSONText.object([
      ("manifestVersion", .int(Int64(formatVersion))),
      ("documentId", .string(info.id)),
      ("title", .string(info.title)),
      (
        "organization",
        .object([
          ("code", .string(organization.code)),
          ("nameJa", .string(organization.nameJa)),
          ("nameEn", .string(organization.nameEn)),
          ("corporateNumber", .optional(organization.corporateNumber)),
        ])
      ),
      ("fiscalYear", .int(Int64(info.fiscalYear))),
      ("phase", .string(info.phase.code)),
      ("publicationMonth", .optional(info.publicationMonth)),
      (
        "source",
        .object([("file", .string(info.sourceFile)), ("sha256", .string(info.sourceSHA256))])
      ),
      ("toolVersion", .string(toolVersion)),
      ("mappingVersion", .string(mappingVersion)),
      (
        "files",
        .array(
          listed.map { file in
            .object([
              ("name", .string(file.name)),
              ("mediaType", .string(file.mediaType)),
              ("bytes", .int(Int64(file.bytes.count))),
              ("sha256", .string(file.sha256)),
            ])
          })
      ),
      ("fiscalYearLabel", .string(info.fiscalYearLabel)),
      ("phaseNameJa", .string(info.phase.documentNameJa)),
      (
        "headlineTotals",
        .array(
          document.summary.filter { $0.kind == .headline }.map { entry in
            let budget = entry.figures.first { $0.measure == .budget }?.amountJPY
            return .object([
              ("label", .string(entry.sectionTitle)),
              ("budgetJPY", budget.map { .int($0) } ?? .null),
            ])
          })
      ),
      ("phaseNameJa", .string(info.phase.documentNameJa)),
    ])
    return ExportFile(name: fileName, bytes: text.bytes, mediaType: "application/json")
  }
}
