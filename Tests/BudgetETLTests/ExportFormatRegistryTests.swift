import BudgetETL
import BudgetLoad
import BudgetModel
import Foundation
import Testing

/// A format is one file plus its entry in `ExportFormats.registry` (issue #21, item 2). These
/// tests catch a format written but not registered, a file a format writes but does not
/// describe for the downloads table, and a check `budget-etl validate` would not run.
@Suite struct ExportFormatRegistryTests {
  static let formatsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/BudgetETL/Formats")

  /// The types that conform to `ExportFormat` where they are declared.
  static func declaredFormats() throws -> Set<String> {
    let declaration = try Regex(#"struct\s+([A-Za-z0-9_]+)\s*:\s*ExportFormat\b"#)
    var names: Set<String> = []
    for file in try FileManager.default.contentsOfDirectory(atPath: formatsFolder.path)
    where file.hasSuffix(".swift") {
      let text = try String(
        contentsOf: formatsFolder.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: declaration) {
        if let name = match.output[1].substring { names.insert(String(name)) }
      }
    }
    return names
  }

  @Test func everyDeclaredFormatIsRegisteredOnce() throws {
    let registered = ExportFormats.registry.map { String(describing: type(of: $0)) }
    #expect(Set(registered).count == registered.count)
    #expect(Set(registered) == (try Self.declaredFormats()))
    let names = ExportFormats.registry.map(\.name)
    #expect(Set(names).count == names.count)
  }

  /// Every file of the sample's full export was written by a format that describes it (or is
  /// the decoded input), and every later file the page announces is written.
  @Test func everyWrittenFileIsDescribedByItsFormat() throws {
    let sample = try HTMLPageTests.sample()
    var context = sample.pipeline.context(for: sample.document, sourceLines: sample.lines)
    for format in ExportFormats.registry {
      let before = context.written.count
      try context.write(format)
      for entry in context.written[before...] {
        #expect(
          format.described[entry.file.name] != nil,
          "\(format.name) writes \(entry.file.name) but does not describe it")
      }
    }
    let written = Set(context.written.map(\.file.name))
    #expect(written == Set(sample.files.keys))
    for later in ExportFormats.last.flatMap(\.laterFiles) {
      #expect(written.contains(later.name), "\(later.name)")
    }
  }

  @Test func validateChecksEveryFormatThatHasACheck() {
    #expect(
      ExportFormats.validating.map(\.name) == ["csv", "jsonld", "xml", "html", "manifest"])
  }

  @Test func validateFindsABrokenLinkOfAPage() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("registry-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for file in try HTMLPageTests.sample().files.values where file.name != "items.csv" {
      try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
    }
    let problems = try ExportValidator().validate(paths: [folder.path])
    #expect(
      problems.contains {
        $0.hasSuffix("index.html: links to items.csv, which is not in the folder")
      })
  }
}
