import Foundation
import Testing

/// Every executable target declares, in `Package.swift`, the modules its sources import
/// (issue #21, item 6): a module reached only through another's dependencies builds today
/// and breaks when that dependency changes.
@Suite struct DeclaredImportsTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The toolchain's and the C library's modules, which no target declares.
  static let system: Set<String> = [
    "Foundation", "FoundationEssentials", "Glibc", "Darwin", "Dispatch", "Synchronization",
    "Testing", "XCTest",
  ]

  /// The names in the `dependencies:` list of the target called `name` (products by name).
  static func declared(_ manifest: String, target name: String) throws -> Set<String> {
    let target = try Regex(#"executableTarget\(\s*name:\s*""# + name + #"""#)
    let start = try #require(manifest.firstMatch(of: target))
    let rest = manifest[start.range.upperBound...]
    let open = try #require(rest.range(of: "dependencies: ["))
    var depth = 1
    var end = open.upperBound
    while depth > 0, end < rest.endIndex {
      if rest[end] == "[" { depth += 1 } else if rest[end] == "]" { depth -= 1 }
      end = rest.index(after: end)
    }
    let list = rest[open.upperBound..<end]
    let quoted = try Regex(#""([A-Za-z0-9_-]+)""#)
    return Set(list.matches(of: quoted).compactMap { $0.output[1].substring.map(String.init) })
  }

  static func imports(in folder: String) throws -> Set<String> {
    let url = root.appendingPathComponent(folder)
    var modules: Set<String> = []
    let importLine = try Regex(#"(?m)^(?:@\w+\s+)?import\s+([A-Za-z0-9_]+)"#)
    for name in try FileManager.default.contentsOfDirectory(atPath: url.path)
    where name.hasSuffix(".swift") {
      let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
      for match in text.matches(of: importLine) {
        if let module = match.output[1].substring { modules.insert(String(module)) }
      }
    }
    return modules.subtracting(system)
  }

  @Test(arguments: [("budget-etl", "Sources/budget-etl"), ("budget-etl-fuzz", "Fuzz/Target")])
  func executablesDeclareWhatTheyImport(_ target: String, _ folder: String) throws {
    let manifest = try String(
      contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
    let declared = try Self.declared(manifest, target: target)
    let imported = try Self.imports(in: folder)
    #expect(!imported.isEmpty)
    #expect(imported.subtracting(declared).isEmpty, "\(target) imports undeclared modules")
  }
}
