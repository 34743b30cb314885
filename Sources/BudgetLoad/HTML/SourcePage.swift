import BudgetModel

/// `source.html`: the decoded input, one table row per line with the anchor `L<n>`, so that
/// `source.html#L197` opens at line 197 (highlighted with `:target`).
enum SourcePage {
  static func write(_ info: DocumentInfo, lines: [String], to out: inout HTMLOutput) {
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
      for (index, line) in lines.enumerated() { row(index + 1, line, &out) }
      out.close("tbody")
      out.close("table")
      out.close("main")
    }
  }

  /// `<tr id=L7><th><a href=#L7>7</a><td>…</td>`: the shortest valid row (a `<th>` ends at
  /// the next cell and a `<tr>` at the next row; unquoted values need no quotes here). The
  /// line numbers are a column of header cells, so each heads its row without `scope`.
  static func row(_ number: Int, _ line: String, _ out: inout HTMLOutput) {
    out.literal("<tr id=L")
    out.integer(Int64(number))
    out.literal("><th><a href=#L")
    out.integer(Int64(number))
    out.bytes.append(0x3E)
    out.integer(Int64(number))
    out.literal("</a><td>")
    out.escaped(line)
    out.literal("</td>\n")
  }
}
