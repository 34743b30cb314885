import BudgetETL
import BudgetLoad
import BudgetModel
import Foundation
import Testing

/// "Delivery to spreadsheet users": the sample exported for Excel (UTF-8 with BOM, CP932)
/// reads back cell for cell like the UTF-8 export; formula-like titles are neutralized in the
/// CSV only; a character CP932 cannot hold is an error naming row and column.
@Suite struct SpreadsheetTests {
  static let csvNames = TableSchema.all.map(\.path)

  // MARK: - Encodings

  @Test(arguments: [CSVEncoding.utf8BOM, .cp932])
  func everyCellReadsBackUnchanged(_ encoding: CSVEncoding) throws {
    let reference = try FormatsSample.utf8()
    let sample = try FormatsSample.exported(text: FormatsSample.sampleText(), csvEncoding: encoding)
    // The same model (compared piecewise: a whole-document failure message is unreadable).
    #expect(sample.document.items.map(\.id) == reference.document.items.map(\.id))
    #expect(Set(sample.document.items) == Set(reference.document.items))
    #expect(sample.document.expenses == reference.document.expenses)
    #expect(Self.csvNames.count == 6)
    for name in Self.csvNames {
      let file = try #require(sample.files[name], "no \(name)")
      #expect(file.mediaType == encoding.mediaType, "\(name)")
      #expect(
        reference.files[name]?.bytes.starts(with: [0xEF, 0xBB, 0xBF]) == false,
        "the default UTF-8 \(name) has no BOM")
      if encoding == .utf8BOM {
        #expect(file.bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) starts with EF BB BF")
        #expect(!file.bytes.dropFirst(3).starts(with: [0xEF, 0xBB, 0xBF]), "\(name): one BOM only")
      } else {
        #expect(!file.bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name): no BOM in CP932")
        #expect(file.bytes != reference.files[name]?.bytes, "\(name) is really re-encoded")
      }
      let expected = try reference.csv(name)
      let actual = try sample.csv(name)
      #expect(actual.header == expected.header, "\(name) header")
      #expect(actual.records.count == expected.records.count, "\(name) row count")
      // Every record, cell for cell (records sorted, so one moved row shows as one difference).
      let sortedActual = actual.records.sorted { $0.lexicographicallyPrecedes($1) }
      let sortedExpected = expected.records.sorted { $0.lexicographicallyPrecedes($1) }
      // CP932 holds a few characters under the code point of a JIS X 0208 twin (documented in
      // TextEncoding); they come back as that twin. Nothing else may change.
      let folded =
        encoding == .cp932 ? sortedExpected.map { $0.map(Self.cp932Twins) } : sortedExpected
      for (a, e) in zip(sortedActual, folded) where a != e {
        let columns = zip(expected.header, zip(a, e)).filter { $1.0 != $1.1 }
          .map { "\($0): \($1.1) → \($1.0)" }
        Issue.record(
          "\(name) record \(e.first ?? "") differs after \(encoding.rawValue): \(columns)")
      }
    }
    // Titles and amounts straight from the document, decoded from the spreadsheet encoding.
    let items = try sample.csv("items.csv").rows
    let c11 = try #require(items.first { $0["id"] == "c1-1" })
    #expect(c11["title"] == "地方の一般財源総額の確保等")
    #expect(c11["amount_jpy"] == "19927010000000")
    for item in sample.document.items {
      let row = items.first { $0["id"] == item.id }
      #expect(row?["title"] == FormatsSample.neutralized(item.title), "\(item.id) title")
      #expect(
        row?["amount_jpy"] == (item.figures.first(.budget)?.amountJPY).map { String($0) } ?? "",
        "\(item.id) amount")
    }
    let observations = try sample.csvObservations()
    #expect(Set(observations) == Set(sample.document.observations.map(ObservationKey.init)))
    #expect(
      observations.contains(
        ObservationKey(
          id: "s1-r2/change", measure: "change", fiscalYear: "2024", amount: "-39000000000")))

    // The metadata names the encoding for Frictionless and CSVW; the JSON itself stays UTF-8.
    let package = try #require(
      try JSONSerialization.jsonObject(with: Data(sample.files["datapackage.json"]!.bytes))
        as? [String: Any])
    let resources = try #require(package["resources"] as? [[String: Any]])
    #expect(resources.count == 6)
    #expect(resources.allSatisfy { $0["encoding"] as? String == encoding.frictionlessName })
    #expect(sample.text("csv-metadata.json").contains("\"encoding\": \"\(encoding.csvwName)\""))
  }

  /// The one-way mappings of glibc's CP932 table, as they read back.
  static func cp932Twins(_ text: String) -> String {
    let twins: [Unicode.Scalar: Unicode.Scalar] = [
      "\u{2212}": "\u{FF0D}", "\u{301C}": "\u{FF5E}", "\u{2014}": "\u{2015}",
      "\u{2016}": "\u{2225}",
      "\u{A2}": "\u{FFE0}", "\u{A3}": "\u{FFE1}", "\u{AC}": "\u{FFE2}", "\u{A5}": "\\",
    ]
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(twins[scalar] ?? scalar) }
    return String(result)
  }

  // MARK: - Formula injection

  static let formulaTitles = [
    "=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(A1)", "-x",
  ]

  /// The sample with two item titles and two expense names that a spreadsheet would run as
  /// formulas. Item titles follow the `(1)` marker (in the overview list and the detail
  /// section), so they stay titles; `-x` is an expense name, not a bullet.
  static func formulaDocumentText() throws -> String {
    try FormatsSample.substituting(
      in: FormatsSample.sampleText(),
      [
        (54, "地域DXの推進に係るデジタル人材の確保・育成", formulaTitles[0]),
        (307, "地域 DX の推進に係るデジタル人材の確保・育成", formulaTitles[0]),
        (59, "関係人口の創出・拡大", formulaTitles[1]),
        (365, "関係人口の創出・拡大", formulaTitles[1]),
        (235, "マイナンバーカード交付事業費補助金", formulaTitles[2]),
        (239, "マイナンバーカード交付事務費補助金", formulaTitles[3]),
      ])
  }

  @Test(arguments: [CSVEncoding.utf8, .utf8BOM, .cp932])
  func formulaTitlesAreNeutralizedInCSVOnly(_ encoding: CSVEncoding) throws {
    let sample = try FormatsSample.exported(text: Self.formulaDocumentText(), csvEncoding: encoding)
    let document = sample.document
    // The extractor still reads them as titles and names, with their figures.
    let hyperlink = try #require(document.items.first { $0.title == Self.formulaTitles[0] })
    let plusOne = try #require(document.items.first { $0.title == Self.formulaTitles[1] })
    let sum = try #require(document.expenses.first { $0.name == Self.formulaTitles[2] })
    let minusX = try #require(document.expenses.first { $0.name == Self.formulaTitles[3] })
    #expect(hyperlink.figures.first(.budget)?.amountJPY == 80_000_000)  // 0.8億円
    #expect(plusOne.figures.first(.budget)?.amountJPY == 60_000_000)  // 0.6億円
    #expect(sum.figures.first(.budget)?.amountJPY == 25_390_000_000)  // 253.9億円
    #expect(minusX.figures.first(.budget)?.amountJPY == 20_040_000_000)  // 200.4億円
    let reference = try FormatsSample.utf8()
    #expect(
      Set(document.observations.map(ObservationKey.init))
        == Set(reference.document.observations.map(ObservationKey.init)), "only labels changed")

    let expected: [String: String] = [
      hyperlink.id: Self.formulaTitles[0], plusOne.id: Self.formulaTitles[1],
      sum.id: Self.formulaTitles[2], minusX.id: Self.formulaTitles[3],
    ]
    // CSV: a leading `'`, and nothing else changed.
    let csvLabels = try sample.csvLabels()
    for (id, title) in expected {
      #expect(csvLabels[id] == "'" + title, "\(id) in the CSV")
    }
    // Only these cells (and no number) begin with `'` anywhere in the six CSV files.
    var quotedCells: Set<String> = []
    for name in Self.csvNames {
      for record in try sample.csv(name).records {
        for cell in record where cell.hasPrefix("'") { quotedCells.insert(cell) }
      }
    }
    #expect(quotedCells == Set(Self.formulaTitles.map { "'" + $0 }))
    #expect(
      sample.text("items.csv").contains(#","'=HYPERLINK(""http://x"",""y"")","#)
        || encoding == .cp932)
    // XML and JSON-LD: exact.
    let xml = try sample.xml().labels
    let jsonld = try sample.jsonld().labels
    for (id, title) in expected {
      #expect(xml[id] == title, "\(id) in the XML")
      #expect(jsonld[id] == title, "\(id) in the JSON-LD")
    }

    // Negative amounts stay plain numbers.
    let summary = try #require(try sample.csv("summary.csv").rows.first { $0["id"] == "s1-r2" })
    #expect(summary["change_jpy"] == "-39000000000")
    #expect(summary["change_rate_percent"] == "-8.4")
    let observations = try sample.csv("observations.csv").rows
    #expect(observations.first { $0["id"] == "s1-r2/change" }?["amount_jpy"] == "-39000000000")
    #expect(observations.filter { $0["amount_jpy"]!.hasPrefix("-") }.count > 1)
    #expect(!observations.contains { $0["amount_jpy"]!.hasPrefix("'") })
  }

  // MARK: - Characters CP932 cannot hold

  @Test func unencodableCharacterNamesRowAndColumn() throws {
    let title = "地域DXの推進𠮷"
    let text = try FormatsSample.substituting(
      in: FormatsSample.sampleText(),
      [
        (49, "2. 地域DXの推進", "2. " + title),
        (225, "2. 地域DXの推進", "2. " + title),
      ])
    let pipeline = try Pipeline(
      mappingsDirectory: FormatsSample.root.appendingPathComponent("Mappings"),
      options: Pipeline.Options(csvEncoding: .cp932))
    let document = try pipeline.transform(
      bytes: Array(text.utf8), sourceName: FormatsSample.sourceName)
    let index = try #require(document.items.firstIndex { $0.title == title })
    let row = index + 2  // the header is row 1
    let error = #expect(throws: BudgetLoadError.self) { try pipeline.export(document) }
    #expect(
      error
        == .unencodableCharacter(
          file: "items.csv", row: row, column: "title", columnNumber: 5, character: "𠮷",
          encoding: "CP932"))
    let message = error?.errorDescription ?? ""
    #expect(message.contains("items.csv: row \(row), column title (#5)"), "\(message)")
    #expect(message.contains("U+20BB7"), "\(message)")

    // The same document is fine in UTF-8 (with or without BOM): nothing is replaced.
    let utf8 = try FormatsSample.exported(text: text, csvEncoding: .utf8BOM)
    let id = document.items[index].id
    #expect(try utf8.csv("items.csv").rows.first { $0["id"] == id }?["title"] == title)
  }
}
