import BudgetModel
import BudgetXML
import Foundation
import Testing

/// The resource bundles are looked up beside the executable, then under `BUDGET_ETL_HOME`,
/// before `Bundle.module` (issue #24).
@Suite("ResourceBundle")
struct ResourceBundleTests {
  /// A fresh folder with `<folder>/<bundle>/Schema/budget-1.3.xsd` holding `text` for each of
  /// `withFile` (relative folders), removed by the caller.
  func layout(_ withFile: [String], text: (String) -> String) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "resource-bundle-\(UUID().uuidString)")
    for folder in withFile {
      let schema = root.appendingPathComponent(folder)
        .appendingPathComponent(XMLSchemaValidator.resourceBundleName)
        .appendingPathComponent("Schema")
      try FileManager.default.createDirectory(at: schema, withIntermediateDirectories: true)
      try Data(text(folder).utf8).write(to: schema.appendingPathComponent("budget-1.3.xsd"))
    }
    return root
  }

  @Test func foldersInOrder() {
    #expect(
      ResourceBundle.folders(executable: "/opt/x/bin/budget-etl", home: "/srv/budget-etl")
        == ["/opt/x/bin", "/srv/budget-etl/bin", "/srv/budget-etl"])
    #expect(ResourceBundle.folders(executable: "/opt/x/budget-etl", home: nil) == ["/opt/x"])
    #expect(ResourceBundle.folders(executable: nil, home: "") == [])
  }

  @Test func executableFolderFirstThenHomeBinThenHome() throws {
    let root = try layout(["exe", "home/bin", "home"]) { "<!-- \($0) -->" }
    defer { try? FileManager.default.removeItem(at: root) }
    func found(_ executable: String?) throws -> String {
      let folders = ResourceBundle.folders(
        executable: executable, home: root.appendingPathComponent("home").path)
      let url = try #require(
        ResourceBundle.file(
          "Schema/budget-1.3.xsd", inBundle: XMLSchemaValidator.resourceBundleName,
          folders: folders))
      return try String(contentsOf: url, encoding: .utf8)
    }
    #expect(try found(root.appendingPathComponent("exe/budget-etl").path) == "<!-- exe -->")
    // No bundle beside the executable: the home's bin/, then the home itself.
    #expect(
      try found(root.appendingPathComponent("elsewhere/budget-etl").path) == "<!-- home/bin -->")
    try FileManager.default.removeItem(at: root.appendingPathComponent("home/bin"))
    #expect(try found(nil) == "<!-- home -->")
    try FileManager.default.removeItem(at: root.appendingPathComponent("home"))
    // Nowhere: nil, so the caller asks `Bundle.module` (and fails as it always did).
    #expect(
      ResourceBundle.file(
        "Schema/budget-1.3.xsd", inBundle: XMLSchemaValidator.resourceBundleName,
        folders: ResourceBundle.folders(executable: nil, home: root.path)) == nil)
  }

  /// In the test process the bundle SwiftPM builds beside the test binary is found by the
  /// lookup itself, the folder `Bundle.module` would try first.
  @Test func schemaFoundBesideTheExecutable() throws {
    let executable = try #require(ResourceBundle.executablePath())
    let beside = URL(fileURLWithPath: executable).deletingLastPathComponent()
      .appendingPathComponent(XMLSchemaValidator.resourceBundleName)
      .appendingPathComponent("Schema/budget-1.3.xsd")
    #expect(XMLSchemaValidator.schemaURL.standardizedFileURL == beside.standardizedFileURL)
    let schema = try String(contentsOf: XMLSchemaValidator.schemaURL, encoding: .utf8)
    #expect(schema.contains("targetNamespace=\"urn:budget-etl:schema:budget:1.3\""))
  }
}
