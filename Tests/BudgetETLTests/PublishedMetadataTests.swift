import BudgetETL
import BudgetLoad
import BudgetModel
import BudgetTestSupport
import Foundation
import Testing

/// The published metadata describes the data it ships with: the sample runs through the real
/// stages, then every CSV header must be the column list of its `datapackage.json` resource, of
/// its `csv-metadata.json` table and of its ``TableSchema``, and every summary id in the CSV
/// files, `budget.xml` and `budget.jsonld` — and every example the column's description gives —
/// must match the pattern `datapackage.json` publishes for it.
@Suite struct PublishedMetadataTests {
  static func object(_ sample: FormatsSample, _ name: String) throws -> [String: Any] {
    let file = try #require(sample.files[name], "\(name) is missing")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any], "\(name)")
  }

  /// Every finding code a published description gives as an example ("e.g. …") is one the
  /// transform can produce: the findings column of `datapackage.json`, `vocabulary.ttl` and
  /// the XSD copied beside `budget.xml`.
  @Test func exampleFindingCodesExist() throws {
    let sample = try FormatsSample.utf8()
    let codes = Set(Finding.Code.allCases.map(\.rawValue))
    let example = try Regex(#"e\.g\.,? ([a-z_, ]+)"#)
    var checked = 0
    for name in ["datapackage.json", "vocabulary.ttl", "budget-1.3.xsd"] {
      let text = String(decoding: try #require(sample.files[name], "\(name)").bytes, as: UTF8.self)
      for line in text.split(separator: "\n") where line.contains("code") || line.contains("kind") {
        for match in line.matches(of: example) {
          for word in match.output[1].substring!.split(separator: ",") {
            let code = word.trimmingCharacters(in: .whitespaces)
            guard code.contains("_") else { continue }
            #expect(codes.contains(code), "\(name): \(code) is not a Finding.Code")
            checked += 1
          }
        }
      }
    }
    #expect(checked >= 3)
  }

  @Test func everyFormatListsTheSameColumns() throws {
    let sample = try FormatsSample.utf8()
    let resources =
      try Self.object(sample, "datapackage.json")["resources"] as? [[String: Any]] ?? []
    let tables = try Self.object(sample, "csv-metadata.json")["tables"] as? [[String: Any]] ?? []
    #expect(resources.compactMap { $0["path"] as? String } == TableSchema.all.map(\.path))
    #expect(tables.compactMap { $0["url"] as? String } == TableSchema.all.map(\.path))
    for (resource, table) in zip(resources, tables) {
      let path = try #require(resource["path"] as? String)
      let csv = try sample.csv(path)
      let fields = ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? [])
        .compactMap { $0["name"] as? String }
      let columns = ((table["tableSchema"] as? [String: Any])?["columns"] as? [[String: Any]] ?? [])
        .filter { $0["virtual"] as? Bool != true }.compactMap { $0["name"] as? String }
      #expect(!csv.header.isEmpty)
      #expect(csv.header == fields, "\(path): datapackage.json fields")
      #expect(csv.header == columns, "\(path): csv-metadata.json columns")
      #expect(csv.header == TableSchema.named(path)?.columnNames, "\(path): TableSchema")
      #expect(csv.records.allSatisfy { $0.count == csv.header.count }, "\(path): a cell per column")
    }
  }

  @Test func summaryIdsMatchThePublishedPattern() throws {
    let sample = try FormatsSample.utf8()
    let resources =
      try Self.object(sample, "datapackage.json")["resources"] as? [[String: Any]] ?? []
    let summary = try #require(resources.first { $0["name"] as? String == "summary" })
    let fields = (summary["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []
    let id = try #require(fields.first { $0["name"] as? String == "id" })
    let pattern = try #require((id["constraints"] as? [String: Any])?["pattern"] as? String)
    let regex = try Regex("^(?:" + pattern + ")$")
    func matches(_ value: String) -> Bool { value.wholeMatch(of: regex) != nil }

    let expected = sample.document.summary.map(\.id)
    let csv = try sample.csv("summary.csv").rows.compactMap { $0["id"] }
    let observed = try sample.csv("observations.csv").rows
      .filter { $0["subject_kind"] == "summary" }.compactMap { $0["subject_id"] }
    let xml = try Self.xmlSummaryIds(sample)
    let jsonld = try Self.jsonLDSummaryIds(sample)
    #expect(expected.contains("s1-total") && expected.contains("s1-r2"), "the sample's ids")
    #expect(csv == expected, "summary.csv")
    #expect(xml == expected, "budget.xml")
    #expect(jsonld == expected, "budget.jsonld")
    #expect(Set(observed) == Set(expected), "observations.csv subject_id")
    for value in expected + csv + xml + jsonld + observed {
      #expect(matches(value), "\(value) does not match the published pattern \(pattern)")
    }
    // The description's examples are ids too.
    let description = try #require(id["description"] as? String)
    let examples = description.components(separatedBy: "e.g. ").dropFirst()
      .map { String($0.prefix { $0 != "," && $0 != " " && $0 != ")" && $0 != ";" }) }
    #expect(examples.count >= 2)
    for example in examples {
      #expect(matches(example), "the description's example \(example) is not a published id")
    }
  }

  /// The `id` of each `<entry>` inside `<summary>`, in order.
  static func xmlSummaryIds(_ sample: FormatsSample) throws -> [String] {
    let file = try #require(sample.files["budget.xml"])
    let text = String(decoding: file.bytes, as: UTF8.self)
    let start = try #require(text.range(of: "<summary>"))
    let end = try #require(text.range(of: "</summary>"))
    let section = text[start.upperBound..<end.lowerBound]
    return section.matches(of: /<entry id="([^"]*)"/).map { String($0.output.1) }
  }

  /// The `identifier` of each `be:SummaryEntry` node, in order.
  static func jsonLDSummaryIds(_ sample: FormatsSample) throws -> [String] {
    let root = try object(sample, "budget.jsonld")
    let graph = root["@graph"] as? [[String: Any]] ?? []
    return graph.filter { ($0["@type"] as? [String])?.contains("SummaryEntry") == true }
      .compactMap { $0["identifier"] as? String }
  }
}
