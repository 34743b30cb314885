import BudgetModel

/// `source.html`: the decoded input in one `<pre>`, each line a `<span id=L<n>>`, so that
/// `source.html#L197` opens at line 197 (highlighted with `:target`). The line numbers are a
/// CSS counter, not markup: 23 bytes per line over the text instead of a table row's 50
/// (issue #24; 159 KB → 125 KB for the sample's 92 KB).
enum SourcePage {
  static func write(_ info: DocumentInfo, lines: [String], to out: inout HTMLOutput) {
    HTMLPage.write(title: info.sourceFile + "（\(info.pageTitle)）", to: &out) { out in
      out.element("header") { out in
        out.element("p", [("class", "kicker")]) { out in
          out.element("a", [("href", HTMLExporter.pageName)], text: "← " + info.pageTitle)
        }
        out.element("h1", text: info.sourceFile)
        out.element("p", [("class", "sha")], text: "SHA-256 \(info.sourceSHA256)・\(lines.count) 行")
      }
      out.newline()
      out.open("main")
      out.element("p", [("class", "kicker")], text: "元資料のテキスト（行番号はこのツールの出力が参照する行）")
      out.literal("<pre class=source>")
      for (index, line) in lines.enumerated() { row(index + 1, line, &out) }
      out.literal("</pre>\n")
      out.close("main")
    }
  }

  /// `<span id=L7>…</span>`: the line's text in an element with its anchor, so a link opens
  /// at it and a reader of the DOM finds the line's text by id.
  static func row(_ number: Int, _ line: String, _ out: inout HTMLOutput) {
    out.literal("<span id=L")
    out.integer(Int64(number))
    out.bytes.append(0x3E)
    out.escaped(line)
    out.literal("</span>\n")
  }
}
