import BudgetModel

/// `series/<ministry>.html`: every item of one ministry's documents, matched across fiscal
/// years and phases by code and title (``ItemSeries``), one column per document in the order
/// of the budget cycle, each amount linking to the item's row on that document's page.
public enum SeriesPages {
  public typealias Entry = (folder: String, manifest: Manifest)

  /// One item of one document, as the archive's `items` table holds it.
  public struct Item: Sendable, Hashable {
    public var documentId: String
    public var id: String
    public var level: String
    public var code: String
    public var title: String
    public var amountJPY: Int64?

    public init(
      documentId: String, id: String, level: String, code: String, title: String,
      amountJPY: Int64?
    ) {
      self.documentId = documentId
      self.id = id
      self.level = level
      self.code = code
      self.title = title
      self.amountJPY = amountJPY
    }
  }

  /// The page of every ministry that has items, in ministry-code order; `items` in each
  /// document's own order.
  public static func files(entries: [Entry], items: [Item]) -> [ExportFile] {
    let byDocument = Dictionary(grouping: items, by: \.documentId)
    return ministries(entries).compactMap { documents in
      file(documents, items: documents.map { byDocument[$0.manifest.documentId] ?? [] })
    }
  }

  /// The documents of each ministry, in ministry-code order, each ministry's in the order of
  /// ``ordered(_:)``.
  public static func ministries(_ entries: [Entry]) -> [[Entry]] {
    Dictionary(grouping: entries, by: \.manifest.organization.code).sorted { $0.key < $1.key }
      .map { ordered($0.value) }
  }

  /// The page of one ministry's `documents` (as ``ministries(_:)`` gives them), `items` the
  /// items of each document in its order; nil when none has items.
  public static func file(_ documents: [Entry], items: [[Item]]) -> ExportFile? {
    let rows = Row.rows(items)
    guard let first = documents.first, !rows.isEmpty else { return nil }
    var out = HTMLOutput(capacity: 8192 + rows.count * documents.count * 96)
    write(documents, rows: rows, to: &out)
    return ExportFile(
      name: ItemSeries.pageName(ministryCode: first.manifest.organization.code), bytes: out.bytes,
      mediaType: HTMLExporter.mediaType)
  }

  /// A ministry's documents by fiscal year, then phase in the budget cycle, then folder.
  static func ordered(_ entries: [Entry]) -> [Entry] {
    entries.sorted {
      ($0.manifest.fiscalYear, phaseOrder($0.manifest.phase), $0.folder)
        < ($1.manifest.fiscalYear, phaseOrder($1.manifest.phase), $1.folder)
    }
  }

  /// The place of a phase in the budget cycle (as the archive's `phase_order`).
  static func phaseOrder(_ phase: String) -> Int {
    switch phase {
    case "request": 1
    case "proposal": 2
    case "enacted": 3
    case "settlement": 5
    default: phase.hasPrefix("supplementary") ? 4 : 9
    }
  }

  /// One item key (code and title) and the matching item of each document (nil where the
  /// document has none; the first when a document has two).
  struct Row {
    var code: String
    var title: String
    var level: String
    var cells: [Item?]

    /// Rows in outline order: a key first seen in a later document is placed after the key
    /// that precedes it in that document.
    static func rows(_ documents: [[Item]]) -> [Row] {
      var rows: [Row] = []
      var index: [String: Int] = [:]
      for (column, items) in documents.enumerated() {
        var previous: Int?
        for item in items {
          let key = item.code + "\u{1F}" + item.title
          if let at = index[key] {
            if rows[at].cells[column] == nil { rows[at].cells[column] = item }
            previous = at
            continue
          }
          var row = Row(
            code: item.code, title: item.title, level: item.level,
            cells: Array(repeating: nil, count: documents.count))
          row.cells[column] = item
          let at = previous.map { $0 + 1 } ?? (column == 0 ? rows.count : 0)
          rows.insert(row, at: at)
          for (k, v) in index where v >= at { index[k] = v + 1 }
          index[key] = at
          previous = at
        }
      }
      return rows
    }
  }

  static func write(_ documents: [Entry], rows: [Row], to out: inout HTMLOutput) {
    let ministry = documents[0].manifest.organization
    let title = "\(ministry.nameJa)：項目別の推移"
    HTMLPage.write(title: title, to: &out) { out in
      out.element("header") { out in
        out.element("p", [("class", "kicker")]) { out in
          out.element("a", [("href", "../index.html")], text: "予算データ一覧")
          out.text(" › " + ministry.nameJa)
        }
        out.element("h1", text: title)
        out.element(
          "p",
          text:
            "\(documents.count) 文書の項目を、番号と名称が同じものを同じ行にして年度・段階の順に並べています（\(rows.count) 項目、金額は億円）。各金額はその文書の項目へのリンク。"
        )
      }
      out.newline()
      out.element("main") { out in
        out.element("div", [("class", "table-wrap")]) { out in
          out.element("table", [("class", "series")]) { out in
            out.element("caption", text: "\(ministry.nameJa)の項目（番号・名称が同じ項目を1行に）")
            head(documents, &out)
            out.element("tbody") { out in
              for row in rows { write(row, documents, &out) }
            }
          }
        }
      }
      out.newline()
    }
  }

  static func head(_ documents: [Entry], _ out: inout HTMLOutput) {
    out.element("thead") { out in
      out.element("tr") { out in
        out.element("th", [("scope", "col")], text: "番号")
        out.element("th", [("scope", "col")], text: "項目")
        for (folder, manifest) in documents {
          out.element("th", [("scope", "col"), ("class", "num")]) { out in
            let label = CatalogPage.yearText(manifest)
            let phase = manifest.phaseNameJa ?? manifest.phase
            if let page = CatalogPage.pageLink(folder, manifest, prefix: "../") {
              out.element("a", [("href", page), ("title", manifest.title)]) { out in
                out.text(label)
                out.open("br")
                out.text(phase)
              }
            } else {
              out.text(label)
              out.open("br")
              out.text(phase)
            }
          }
        }
        out.element("th", [("scope", "col"), ("class", "num")], text: "文書数")
      }
    }
    out.newline()
  }

  static func write(_ row: Row, _ documents: [Entry], _ out: inout HTMLOutput) {
    out.open(
      "tr", [("class", row.level), ("id", ItemSeries.anchor(code: row.code, title: row.title))])
    out.element("td", [("class", "code")], text: row.code)
    out.element("th", [("scope", "row"), ("class", "title")], text: row.title)
    for (cell, (folder, manifest)) in zip(row.cells, documents) {
      out.open("td", [("class", "num")])
      if let item = cell {
        let text = item.amountJPY.map { YenText.oku($0) } ?? "—"
        if let page = CatalogPage.pageLink(folder, manifest, prefix: "../") {
          out.element("a", [("href", page + "#" + item.id)], text: text)
        } else {
          out.text(text)
        }
      }
      out.close("td")
    }
    out.element("td", [("class", "num")], text: String(row.cells.count { $0 != nil }))
    out.close("tr")
    out.newline()
  }
}
