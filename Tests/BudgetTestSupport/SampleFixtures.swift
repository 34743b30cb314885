import BudgetExtract
import BudgetModel
import BudgetTransform
import Foundation

/// Test documents built from the bundled sample (`Inputs/soumu-r6-yosan-an-gaiyo.txt`)
/// through the real stages, extract then transform, so that their ids, yen amounts, lines and
/// findings are the ones the tool produces — never hand-typed copies that drift.
public enum SampleFixtures {
  /// The package's root folder.
  public static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  /// The sample's path relative to the root, as the documents name their source.
  public static let sourceName = "Inputs/soumu-r6-yosan-an-gaiyo.txt"
  /// The bundled mapping tables (`Mappings/`).
  public static let mappings: MappingTables = {
    do {
      return try MappingTables(directory: root.appendingPathComponent("Mappings"))
    } catch {
      fatalError("the test fixtures need Mappings/: \(error)")
    }
  }()
  /// The sample's lines (without line ends); `lines[0]` is line 1.
  public static let lines: [String] = {
    guard let data = try? Data(contentsOf: root.appendingPathComponent(sourceName)) else {
      fatalError("the test fixtures need \(sourceName)")
    }
    return String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
  }()

  /// The whole sample, transformed.
  public static let document: BudgetDocument = transformOrFail(lines)

  /// Chapter I of the sample with its front matter, summary tables and FILP: the overview
  /// list's chapter I (lines 1–65), the detail sections of chapter I (lines 195–451) and the
  /// FILP block (lines 1336–1342), every other line left blank so that line numbers stay the
  /// sample's. Small enough for readable golden files, yet it holds every kind of record —
  /// chapter, item, sub-item and sub-sub-item headings, expenses with supplementary and
  /// `part_of` figures, figures without an amount, headlines, table rows, FILP entries and
  /// rounding findings — with the ids and figures the whole sample gives them.
  public static let chapterOne: BudgetDocument = {
    let kept = [1...65, 195...451, 1336...lines.count]
    return transformOrFail(
      lines.indices.map { index in kept.contains { $0.contains(index + 1) } ? lines[index] : "" })
  }()

  /// The sample with some lines replaced (line number → new text), transformed.
  public static func edited(_ replacements: [Int: String]) throws -> BudgetDocument {
    var edited = lines
    for (line, text) in replacements { edited[line - 1] = text }
    return try transform(edited)
  }

  /// The sample cut after line `last` (a document cut short), transformed.
  public static func cut(after last: Int) throws -> BudgetDocument {
    try transform(Array(lines[0..<last]))
  }

  /// Extract, then transform, these lines under the sample's source name.
  public static func transform(_ lines: [String]) throws -> BudgetDocument {
    let bytes = Array(lines.joined(separator: "\n").utf8)
    // The units and eras of the line grammar come from the mapping tables, as in the pipeline.
    let lexicon = Lexicon(units: mappings.units.keys.sorted(), eras: mappings.eras.keys.sorted())
    let extracted = try Extractor(lexicon: lexicon).extract(
      bytes: bytes, sourceName: sourceName, sourceSHA256: SHA256.hex(bytes))
    return try Transformer(mappings: mappings).transform(extracted)
  }

  private static func transformOrFail(_ lines: [String]) -> BudgetDocument {
    do {
      return try transform(lines)
    } catch {
      fatalError("the sample no longer transforms: \(error)")
    }
  }
}
