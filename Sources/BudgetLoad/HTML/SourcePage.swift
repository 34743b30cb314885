import BudgetModel

/// `source.html`: the decoded input, one table row per line with the anchor `L<n>`, so that
/// `source.html#L197` opens at line 197 (highlighted with `:target`).
enum SourcePage {
  static func write(_ info: DocumentInfo, lines: [String], to stream: inout some TextOutputStream) {
    var out = HTMLOutput(stream)
    HTMLPage.write(title: info.sourceFile + "（\(info.title)）", to: &out) { out in
      out.element("header") { out in
        out.element("p", [("class", "kicker")]) { out in
          out.element("a", [("href", HTMLExporter.pageName)], text: "← " + info.title)
        }
        out.element("h1", text: info.sourceFile)
        out.element("p", [("class", "sha")], text: "SHA-256 \(info.sourceSHA256)・\(lines.count) 行")
      }
      out.newline()
      out.open("main")
      out.open("table", [("class", "source")])
      out.element("caption", text: "元資料のテキスト（行番号はこのツールの出力が参照する行）")
      out.open("tbody")
      out.newline()
      for (index, line) in lines.enumerated() {
        let id = "L" + String(index + 1)
        out.open("tr", [("id", id)])
        out.element("th", [("scope", "row")]) { out in
          out.element("a", [("href", "#" + id)], text: String(index + 1))
        }
        out.element("td", [("class", "text")], text: line)
        out.close("tr")
        out.newline()
      }
      out.close("tbody")
      out.close("table")
      out.close("main")
    }
    stream = out.target
  }
}
