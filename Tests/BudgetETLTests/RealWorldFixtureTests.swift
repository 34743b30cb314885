import BudgetModel
import BudgetTransform
import Foundation
import Testing

@testable import BudgetETL

/// Issue #20: real budget texts of other ministries, years and phases
/// (`Tests/Fixtures/RealWorld/`, sources in `SOURCES-a.md` and `SOURCES-b.md`), each with an
/// answer key checked by hand. Every exported figure must be in the key (never a wrong
/// figure), each under its key row's label (`RealWorldLabel`), the identity must be the key's, and a text the key marks `refuse` must fail with
/// a message naming what was found. Figures of the key the reader does not read yet are
/// counted per fixture in `RealWorldKey.knownGaps`: the count may only go down.
@Suite struct RealWorldFixtureTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let folder = root.appendingPathComponent("Tests/Fixtures/RealWorld")
  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".key.tsv") }.map { String($0.dropLast(8)) }.sorted()
  }()

  static func pipeline(_ key: RealWorldKey) throws -> Pipeline {
    var pipeline = try Pipeline(mappingsDirectory: root.appendingPathComponent("Mappings"))
    pipeline.options.overrides = key.overrides
    return pipeline
  }

  @Test func thereAreTwelveRealTextsFromSixMinistries() throws {
    let keys = try Self.names.map {
      try RealWorldKey(Self.folder.appendingPathComponent("\($0).key.tsv"))
    }
    #expect(keys.count >= 12)
    #expect(Set(keys.map(\.organization)).count >= 6)
  }

  @Test(arguments: names) func fixture(_ name: String) throws {
    let key = try RealWorldKey(Self.folder.appendingPathComponent("\(name).key.tsv"))
    let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent("\(name).txt")))
    let pipeline = try Self.pipeline(key)
    guard key.expectsExport else {
      do {
        _ = try pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
        Issue.record("\(name): the key says refuse, but the text was exported")
      } catch {
        let message = String(describing: error)
        #expect(message.contains("\(name).txt"), "\(message)")
      }
      return
    }
    let document: BudgetDocument
    do {
      document = try pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
    } catch {
      // Refused: every figure of the key is missing, and the message names the file.
      #expect(String(describing: error).contains("\(name).txt"))
      #expect(key.facts.count == RealWorldKey.knownGaps[name, default: 0], "\(name): \(error)")
      return
    }
    #expect(document.info.organization.code == key.organization)
    #expect(document.info.fiscalYear == key.fiscalYear)
    #expect(document.info.phase.code == key.phase)
    let comparison = key.compare(document)
    #expect(
      comparison.wrong.isEmpty, "\(name): exported figures not in the key: \(comparison.wrong)")
    #expect(
      comparison.missing.count == RealWorldKey.knownGaps[name, default: 0],
      "\(name): key figures not exported: \(comparison.missing)")
    #expect(
      comparison.labels.count == RealWorldLabel.knownLabelGaps[name, default: 0],
      "\(name): figures under another row's label (key≠exported): \(comparison.labels)")
    // Every format carries the document: the XML is validated against the schema here.
    let files = try pipeline.export(document)
    #expect(files.contains { $0.name == "budget.xml" })
    // Without the options a user may not know to give, the identity is the key's or asked
    // for: never another ministry, year or stage.
    if !key.overrides.isEmpty {
      let bare = try Pipeline(mappingsDirectory: Self.root.appendingPathComponent("Mappings"))
      if let guessed = try? bare.transform(bytes: bytes, sourceName: "\(name).txt") {
        #expect(guessed.info.id == document.info.id, "\(name): identity without options")
      }
    }
  }
}

/// A table in 百万円 or 千円 exports exact yen in every format (the unit line of the table, not
/// the document's, scales its figures).
@Suite struct TableUnitTests {
  @Test(arguments: [
    // (単位:百万円): 16,104 → 16,104,000,000 yen.
    ("kankyo-h10-yosan-an-dai4", "16104000000"),
    // (単位:千円): 30,110,729 → 30,110,729,000 yen; △ 248,426 → −248,426,000.
    ("kosei-h20-seisaku-ncsp", "30110729000"),
    ("kosei-h20-seisaku-ncsp", "-248426000"),
  ])
  func exactYenInEveryFormat(_ name: String, _ yen: String) throws {
    let key = try RealWorldKey(
      RealWorldFixtureTests.folder.appendingPathComponent("\(name).key.tsv"))
    let pipeline = try RealWorldFixtureTests.pipeline(key)
    let bytes = Array(
      try Data(contentsOf: RealWorldFixtureTests.folder.appendingPathComponent("\(name).txt")))
    let document = try pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
    #expect(document.summary.flatMap(\.figures).contains { String($0.amountJPY ?? 0) == yen })
    let files = try pipeline.export(document)
    func text(_ file: String) -> String {
      files.first { $0.name == file }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    }
    #expect(text("observations.csv").contains(",\(yen),"))
    #expect(text("summary.csv").contains(",\(yen)"))
    #expect(text("budget.xml").contains(">\(yen)<") || text("budget.xml").contains("\"\(yen)\""))
    #expect(text("budget.jsonld").contains(yen))
  }
}
