import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

@Suite struct DataPackageTests {
  let document = Fixtures.document

  func json(_ name: String, exporter: CSVExporter = CSVExporter()) throws -> [String: Any] {
    let file = try #require(try exporter.files(for: document).first { $0.name == name })
    let object = try JSONSerialization.jsonObject(with: Data(file.bytes))
    return try #require(object as? [String: Any])
  }

  func resources(_ package: [String: Any]) throws -> [[String: Any]] {
    try #require(package["resources"] as? [[String: Any]])
  }

  @Test func datapackageListsEveryCSVWithSchema() throws {
    let package = try json("datapackage.json")
    #expect(package["name"] as? String == "jp-soumu-2024-proposal")
    #expect(package["title"] as? String == "令和6年度 総務省所管予算(案)の概要")
    #expect(package["profile"] as? String == "tabular-data-package")
    let resources = try resources(package)
    #expect(resources.map { $0["path"] as? String } == TableSchema.all.map(\.path))
    for (resource, table) in zip(resources, TableSchema.all) {
      #expect(resource["name"] as? String == table.name)
      #expect(resource["format"] as? String == "csv")
      #expect(resource["mediatype"] as? String == "text/csv")
      #expect(resource["encoding"] as? String == "utf-8")
      let dialect = try #require(resource["dialect"] as? [String: Any])
      #expect(dialect["header"] as? Bool == true)
      #expect(dialect["delimiter"] as? String == ",")
      #expect(dialect["lineTerminator"] as? String == "\r\n")
      let schema = try #require(resource["schema"] as? [String: Any])
      #expect(schema["missingValues"] as? [String] == [""])
      let fields = try #require(schema["fields"] as? [[String: Any]])
      #expect(fields.map { $0["name"] as? String } == table.columnNames)
      for (field, column) in zip(fields, table.columns) {
        #expect(field["type"] as? String == column.type.frictionlessType)
        #expect(field["title"] as? String == column.title)
        #expect(field["unit"] as? String == column.unit)
      }
      if table.name == "findings" {
        #expect(schema["primaryKey"] == nil)
      } else {
        #expect(schema["primaryKey"] as? [String] == ["id"])
      }
    }
    let amount = try #require(
      ((resources[0]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])?[5])
    #expect(amount["name"] as? String == "amount_jpy")
    #expect(amount["title"] as? String == "予算額（円）")
    #expect(amount["type"] as? String == "integer")
    #expect(amount["unit"] as? String == "JPY")
  }

  @Test func datapackageForeignKeys() throws {
    let resources = try resources(try json("datapackage.json"))
    func keys(_ index: Int) -> [[String: Any]] {
      ((resources[index]["schema"] as? [String: Any])?["foreignKeys"] as? [[String: Any]]) ?? []
    }
    let items = keys(0)
    #expect(items.count == 1)
    #expect(items.first?["fields"] as? [String] == ["parent_id"])
    let itemsReference = items.first?["reference"] as? [String: Any]
    #expect(itemsReference?["resource"] as? String == "")
    #expect(itemsReference?["fields"] as? [String] == ["id"])
    let expenses = keys(1)
    #expect(expenses.first?["fields"] as? [String] == ["item_id"])
    #expect((expenses.first?["reference"] as? [String: Any])?["resource"] as? String == "items")
    #expect(keys(2).isEmpty)
  }

  @Test func fiscalModelAndLicence() throws {
    let package = try json("datapackage.json")
    let model = try #require(package["model"] as? [String: Any])
    let measures = try #require(model["measures"] as? [String: [String: Any]])
    #expect(measures["item-amount"]?["phase"] as? String == "proposed")
    #expect(measures["item-prior-amount"]?["phase"] as? String == "approved")
    for measure in measures.values {
      #expect(measure["currency"] as? String == "JPY")
      #expect(measure["factor"] as? Int == 1)
      #expect(measure["direction"] as? String == "expenditure")
    }
    let dimensions = try #require(model["dimensions"] as? [String: [String: Any]])
    #expect(dimensions["item"]?["classificationType"] as? String == "administrative")
    #expect(dimensions["fiscal-year"]?["dimensionType"] as? String == "datetime")
    let licenses = try #require(package["licenses"] as? [[String: Any]])
    #expect(licenses.first?["name"] as? String == "CC-BY-4.0")
    #expect((licenses.first?["title"] as? String)?.contains("政府標準利用規約（第2.0版）") == true)
    let sources = try #require(package["sources"] as? [[String: Any]])
    #expect(sources.first?["path"] as? String == "soumu-r6-yosan-an-gaiyo.txt")
    let contributors = try #require(package["contributors"] as? [[String: Any]])
    #expect(contributors.first?["title"] as? String == "総務省")
  }

  @Test(arguments: [
    (CSVEncoding.utf8, "utf-8", "utf-8"), (.utf8BOM, "utf-8-sig", "utf-8"),
    (.cp932, "cp932", "shift_jis"),
  ])
  func encodingNamesFollowTheCSV(encoding: CSVEncoding, frictionless: String, csvw: String) throws {
    let exporter = CSVExporter(encoding: encoding)
    for resource in try resources(try json("datapackage.json", exporter: exporter)) {
      #expect(resource["encoding"] as? String == frictionless)
    }
    let tables = try #require(
      try json("csv-metadata.json", exporter: exporter)["tables"] as? [[String: Any]])
    for table in tables {
      #expect((table["dialect"] as? [String: Any])?["encoding"] as? String == csvw)
    }
  }

  @Test func csvwMetadataDescribesEveryTable() throws {
    let metadata = try json("csv-metadata.json")
    let context = try #require(metadata["@context"] as? [Any])
    #expect(context.first as? String == "http://www.w3.org/ns/csvw")
    #expect((context.last as? [String: String])?["@language"] == "ja")
    let tables = try #require(metadata["tables"] as? [[String: Any]])
    #expect(tables.map { $0["url"] as? String } == TableSchema.all.map(\.path))
    for (table, schema) in zip(tables, TableSchema.all) {
      let tableSchema = try #require(table["tableSchema"] as? [String: Any])
      let columns = try #require(tableSchema["columns"] as? [[String: Any]])
      let real = columns.filter { $0["virtual"] as? Bool != true }
      #expect(real.map { $0["name"] as? String } == schema.columnNames)
      for (column, definition) in zip(real, schema.columns) {
        #expect(column["null"] as? String == "")
        #expect(column["required"] as? Bool == definition.required)
        let titles = column["titles"] as? [String: String]
        #expect(titles?["en"] == definition.name)
        #expect(titles?["ja"] == definition.title)
      }
      let dialect = try #require(table["dialect"] as? [String: Any])
      #expect(dialect["header"] as? Bool == true)
    }
    let items = try #require(tables[0]["tableSchema"] as? [String: Any])
    #expect(
      items["aboutUrl"] as? String
        == "https://budget-etl.example/id/jp-soumu-2024-proposal/item/{id}")
    #expect(items["primaryKey"] as? [String] == ["id"])
    let itemKey = (items["foreignKeys"] as? [[String: Any]])?.first
    #expect(itemKey?["columnReference"] as? [String] == ["parent_id"])
    #expect((itemKey?["reference"] as? [String: Any])?["resource"] as? String == "items.csv")
    let parent = (items["columns"] as? [[String: Any]])?.first {
      $0["name"] as? String == "parent_id"
    }
    #expect(parent?["propertyUrl"] as? String == "http://www.w3.org/2004/02/skos/core#broader")
    #expect(
      parent?["valueUrl"] as? String
        == "https://budget-etl.example/id/jp-soumu-2024-proposal/item/{parent_id}")
    let amount = (items["columns"] as? [[String: Any]])?.first {
      $0["name"] as? String == "amount_jpy"
    }
    #expect(amount?["datatype"] as? String == "integer")

    let expenses = try #require(tables[1]["tableSchema"] as? [String: Any])
    #expect(
      expenses["aboutUrl"] as? String
        == "https://budget-etl.example/id/jp-soumu-2024-proposal/expense/{id}")
    #expect(
      ((expenses["foreignKeys"] as? [[String: Any]])?.first?["reference"] as? [String: Any])?[
        "resource"] as? String == "items.csv")
    let observations = try #require(tables[2]["tableSchema"] as? [String: Any])
    #expect(
      observations["aboutUrl"] as? String
        == "https://budget-etl.example/id/jp-soumu-2024-proposal/obs/{+id}")
    let obsAmount = (observations["columns"] as? [[String: Any]])?.first {
      $0["name"] as? String == "amount_jpy"
    }
    #expect(
      obsAmount?["propertyUrl"] as? String
        == "http://data.openbudgets.eu/ontology/dsd/measure/amount")
    let year = (observations["columns"] as? [[String: Any]])?.first {
      $0["name"] as? String == "fiscal_year"
    }
    #expect(year?["datatype"] as? String == "gYear")
    #expect(
      year?["propertyUrl"] as? String
        == "http://data.openbudgets.eu/ontology/dsd/dimension/fiscalYear")
  }

  @Test func csvwUsesTheGivenBaseIRI() throws {
    let metadata = try json(
      "csv-metadata.json", exporter: CSVExporter(baseIRI: "http://example.org/b"))
    let tables = try #require(metadata["tables"] as? [[String: Any]])
    let schema = try #require(tables[1]["tableSchema"] as? [String: Any])
    #expect(
      schema["aboutUrl"] as? String == "http://example.org/b/jp-soumu-2024-proposal/expense/{id}")
  }

  @Test func jsonIsDeterministicSortedAndUnescaped() throws {
    let first = try CSVExporter().files(for: document).suffix(2)
    let second = try CSVExporter().files(for: document).suffix(2)
    #expect(first == second)
    for file in first {
      let text = String(decoding: file.bytes, as: UTF8.self)
      #expect(!text.contains("\\/"))
      #expect(text.contains("https://"))
      #expect(text.hasSuffix("}\n"))
      #expect(text.contains("\n  \""))
    }
    let value: JSONText = ["b": 1, "a": ["x": "/", "é": .null], "A": [true, "\"\n"]]
    #expect(
      value.tableMetadataText
        == "{\n  \"A\": [\n    true,\n    \"\\\"\\n\"\n  ],\n  \"a\": {\n    \"x\": \"/\",\n    \"é\": null\n  },\n  \"b\": 1\n}\n"
    )
  }
}
