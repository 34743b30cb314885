import BudgetModel
import Foundation
import Testing

@testable import BudgetETL

/// Revenue (歳入) figures are published as revenue in every format, never as spending
/// (issue #20: the national budget's frame, taxes, a settlement's revenue side).
@Suite struct OperationCharacterTests {
  static func export(_ name: String) throws -> [String: String] {
    let folder = RealWorldFixtureTests.folder
    let key = try RealWorldKey(folder.appendingPathComponent("\(name).key.tsv"))
    let pipeline = try RealWorldFixtureTests.pipeline(key)
    let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("\(name).txt")))
    let document = try pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
    var files: [String: String] = [:]
    for file in try pipeline.export(document) {
      files[file.name] = String(decoding: file.bytes, as: UTF8.self)
    }
    return files
  }

  /// `subject_id,measure,operation_character,…,amount_jpy` of observations.csv, by id.
  static func sides(_ csv: String) -> [String: (side: String, yen: String)] {
    var result: [String: (String, String)] = [:]
    for line in csv.split(whereSeparator: \.isNewline).dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      result[cells[0]] = (cells[4], cells[7])
    }
    return result
  }

  /// The text of the operation character's component specification in `dsd.jsonld`.
  static func operationCharacterComponent(_ dsd: String) -> Substring {
    guard let start = dsd.range(of: "component/operation-character\"") else { return "" }
    let rest = dsd[start.upperBound...]
    return rest[..<(rest.range(of: "component/")?.lowerBound ?? rest.endIndex)]
  }

  /// national-r3-hosei1-frame-finance line 1: `[歳入](歳入)税収574,480638,80064,320` (億円)
  /// after `[歳出](歳出)一般歳出669,020983,365314,345`.
  @Test func theNationalFrameHasBothSides() throws {
    let files = try Self.export("national-r3-hosei1-frame-finance")
    let csv = try #require(files["observations.csv"])
    #expect(csv.hasPrefix("id,subject_id,subject_kind,measure,operation_character,"))
    let sides = Self.sides(csv)
    // 一般歳出 補正後 98兆3,365億円: spending; 税収 補正後 63兆8,800億円: revenue.
    #expect(sides["t1-r1/revised-2021"]?.side == "expenditure")
    #expect(sides["t1-r1/revised-2021"]?.yen == "98336500000000")
    #expect(sides["t1-r7/revised-2021"]?.side == "revenue")
    #expect(sides["t1-r7/revised-2021"]?.yen == "63880000000000")
    // 公債金 and its parts under [歳入]: revenue; the headline 公債金 22兆580億円 too.
    #expect(sides["t1-r9/revised-2021"]?.side == "revenue")
    #expect(sides["h12/budget"]?.side == "revenue")
    #expect(sides["h12/budget"]?.yen == "22058000000000")
    let xml = try #require(files["budget.xml"])
    let revenue = sides.values.filter { $0.side == "revenue" }.count
    #expect(revenue > 0)
    #expect(xml.components(separatedBy: "operation-character=\"revenue\"").count - 1 == revenue)
    // The cube states the side on each observation, and lists the revenue code.
    let dsd = try #require(files["dsd.jsonld"])
    #expect(dsd.contains("operation-character/revenue"))
    #expect(Self.operationCharacterComponent(dsd).contains("qb:order"))
    #expect(!Self.operationCharacterComponent(dsd).contains("componentAttachment"))
    // The page marks the revenue rows.
    #expect(try #require(files["index.html"]).contains("[歳入](歳入)税収（歳入）"))
    let jsonld = try #require(files["budget.jsonld"])
    #expect(
      jsonld.components(separatedBy: "\"operationCharacter\":\"revenue\"").count - 1 == revenue)
  }

  /// A document of spending alone: every observation `expenditure`, no revenue code.
  @Test func anOverviewIsSpending() throws {
    let files = try Self.export("kankyo-h10-yosan-an-dai4")
    let csv = try #require(files["observations.csv"])
    #expect(Self.sides(csv).values.allSatisfy { $0.side == "expenditure" })
    let dsd = try #require(files["dsd.jsonld"])
    #expect(!Self.operationCharacterComponent(dsd).contains("componentAttachment"))
    #expect(!dsd.contains("operation-character/revenue"))
    let jsonld = try #require(files["budget.jsonld"])
    #expect(jsonld.contains("\"operationCharacter\":\"expenditure\""))
    #expect(!jsonld.contains("\"operationCharacter\":\"revenue\""))
    #expect(!(try #require(files["budget.xml"])).contains("operation-character"))
  }
}
