import BudgetModel
import BudgetTestSupport
import Testing

@testable import BudgetLoad

@Suite struct CSVEncodingTests {
  let document = Fixtures.document

  func utf8Texts() throws -> [String: String] {
    let files = try CSVExporter().files(for: document)
    return Dictionary(
      uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.bytes, as: UTF8.self)) })
  }

  @Test func defaultUTF8HasNoBOM() throws {
    let items = try CSVExporter().csvFile(.items, of: document)
    #expect(Array(items.bytes.prefix(2)) == Array("id".utf8))
  }

  @Test func utf8BOMReadsBackIdentically() throws {
    let plain = try utf8Texts()
    let files = try CSVExporter(encoding: .utf8BOM).files(for: document)
    for file in files where file.name.hasSuffix(".csv") {
      #expect(Array(file.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(String(decoding: file.bytes.dropFirst(3), as: UTF8.self) == plain[file.name])
      #expect(file.mediaType == "text/csv; charset=utf-8")
    }
    let metadata = try #require(files.first { $0.name == "datapackage.json" })
    #expect(metadata.bytes.first == UInt8(ascii: "{"))
  }

  @Test func cp932ReadsBackToIdenticalTitlesAndAmounts() throws {
    let plain = try utf8Texts()
    let files = try CSVExporter(encoding: .cp932).files(for: document)
    for file in files where file.name.hasSuffix(".csv") {
      #expect(file.mediaType == "text/csv; charset=Shift_JIS")
      let decoded = try TextEncoding.decodeCP932(file.bytes)
      #expect(decoded == plain[file.name], "\(file.name)")
    }
    let items = try #require(files.first { $0.name == "items.csv" })
    let rows = csvRows(try TextEncoding.decodeCP932(items.bytes)).rows
    #expect(rows.map { $0["title"] } == document.items.map(\.title))
    #expect(rows[1]["amount_jpy"] == "19927010000000")
    // 総 is 0x91 0x8D in CP932.
    #expect(items.bytes.count < Array(plain["items.csv"]!.utf8).count)
  }

  @Test(arguments: ["𠮷野家の予算", "予算😀"])
  func characterOutsideCP932NamesFileRowAndColumn(title: String) throws {
    let document = Fixtures.document(itemTitle: title, at: 2)
    #expect(throws: BudgetLoadError.self) { try CSVExporter(encoding: .cp932).files(for: document) }
    do {
      _ = try CSVExporter(encoding: .cp932).csvFile(.items, of: document)
      Issue.record("expected an error")
    } catch {
      guard
        case .unencodableCharacter(let file, let row, let column, let number, let character, _) =
          error
      else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == "items.csv")
      #expect(row == 4)
      #expect(column == "title")
      #expect(number == 5)
      #expect(character == String(title.first { !$0.isCP932Safe }!))
      let message = error.errorDescription ?? ""
      #expect(message.contains("items.csv"))
      #expect(message.contains("row 4"))
      #expect(message.contains("column title"))
    }
    // The same document is fine in UTF-8.
    #expect(throws: Never.self) { try CSVExporter(encoding: .utf8).files(for: document) }
  }

  @Test func textEncodingRoundTrip() throws {
    let text = "令和6年度 総務省所管予算(案)の概要 ①ｱ髙"
    let bytes = try TextEncoding.encodeCP932(text)
    #expect(try TextEncoding.decodeCP932(bytes) == text)
    #expect(try TextEncoding.encodeCP932("総") == [0x91, 0x8D])
    #expect(try TextEncoding.encodeCP932("") == [])
  }

  @Test func textEncodingErrors() {
    #expect(throws: BudgetLoadError.unencodableText(encoding: "CP932", character: "😀", offset: 3)) {
      try TextEncoding.encodeCP932("abc😀")
    }
    #expect(throws: BudgetLoadError.undecodableBytes(encoding: "CP932", offset: 1)) {
      try TextEncoding.decodeCP932([0x41, 0x91])
    }
  }
}

extension Character {
  fileprivate var isCP932Safe: Bool { (try? TextEncoding.encodeCP932(String(self))) != nil }
}
