import BudgetModel

/// `source.html`: the decoded input, one table row per line with the anchor `L<n>`, so that
/// `source.html#L197` opens at line 197 (highlighted with `:target`).
enum SourcePage {
  static func write(_ info: DocumentInfo, lines: [String], to stream: inout some TextOutputStream) {
    var out = HTMLOutput(stream)
    write(info, lines: lines, to: &out)
    stream = out.finished
  }

  static func write<T>(_ info: DocumentInfo, lines: [String], to out: inout HTMLOutput<T>) {
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
      // One row per line, `<tr id="L<n>"><th scope="row"><a href="#L<n>"><n></a></th>
      // <td class="text">line</td></tr>`, written from literals and the line number's digits.
      for (index, line) in lines.enumerated() {
        out.literal("<tr id=\"L")
        out.integer(index + 1)
        out.literal("\"><th scope=\"row\"><a href=\"#L")
        out.integer(index + 1)
        out.literal("\">")
        out.integer(index + 1)
        out.literal("</a></th><td class=\"text\">")
        out.text(line)
        out.literal("</td></tr>\n")
      }
      out.close("tbody")
      out.close("table")
      out.close("main")
    }
  }
}
