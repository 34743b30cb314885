import BudgetModel

extension DocumentPage {
  /// The marker of a figure as the document prints it.
  static func markerText(_ marker: FigureMarker) -> String {
    switch marker {
    case .bracketed: "〔〕他の項目で計上"
    case .partOf: "内数"
    case .reposted: "再掲"
    case .shownLater: "後掲"
    }
  }

  /// An amount in 億円 linking to its line, with the yen on hover and as the `<data>` value;
  /// written as `format` gives it, or in 億円 straight into the buffer when it is nil.
  func amount(_ figure: Figure, format: ((Int64) -> String)? = nil, _ out: inout HTMLOutput) {
    let yen = figure.amountJPY
    out.start("a")
    sourceHref(figure.line, &out)
    out.literal(" title=\"")
    if let yen { out.yen(yen) } else { out.literal("金額なし") }
    out.literal("（")
    out.integer(Int64(figure.line))
    out.literal("行目）")
    if !figure.countsTowardTotal { out.literal("・合計に含まない") }
    out.literal("\">")
    if let yen {
      out.literal("<data value=\"")
      out.integer(yen)
      out.literal("\">")
      if let format { out.text(format(yen)) } else { out.oku(yen) }
      out.literal("</data>")
    } else {
      out.literal("—")
    }
    out.literal("</a>")
  }

  /// ` href="source.html#L<line>"`, when the page links to the source.
  func sourceHref(_ line: Int, _ out: inout HTMLOutput) {
    guard linksToSource else { return }
    out.literal(" href=\"source.html#L")
    out.integer(Int64(line))
    out.bytes.append(0x22)
  }

  /// A table cell holding `figure` (empty when there is none); figures that do not count
  /// toward the total are set apart (`nc`).
  func amountCell(_ figure: Figure?, _ out: inout HTMLOutput) {
    guard let figure else {
      out.literal("<td class=\"num\"></td>")
      return
    }
    out.literal(figure.countsTowardTotal ? "<td class=\"num\">" : "<td class=\"num nc\">")
    amount(figure, &out)
    out.literal("</td>")
  }

  /// The change budget − prior, when both amounts are printed.
  func changeCell(_ budget: Figure?, _ prior: Figure?, _ out: inout HTMLOutput) {
    guard let a = budget?.amountJPY, let b = prior?.amountJPY else {
      out.literal("<td class=\"num\"></td>")
      return
    }
    out.literal("<td class=\"num\" title=\"")
    out.yen(a - b)
    out.literal("\"><data value=\"")
    out.integer(a - b)
    out.literal("\">")
    out.oku(a - b)
    out.literal("</data></td>")
  }

  /// A link to a source line, `L197`.
  func lineLink(_ line: Int, _ out: inout HTMLOutput) {
    out.start("a")
    sourceHref(line, &out)
    out.bytes.append(0x3E)
    out.integer(Int64(line))
    out.literal("</a>")
  }

  /// `<thead>` with the given column headings; `num` columns are right-aligned.
  func tableHead(_ columns: [(String, Bool)], _ out: inout HTMLOutput) {
    out.element("thead") { out in
      out.element("tr") { out in
        for (title, numeric) in columns {
          out.element("th", [("scope", "col"), ("class", numeric ? "num" : nil)], text: title)
        }
      }
    }
    out.newline()
  }

  /// A scrollable table with a caption.
  func table(
    caption: String, columns: [(String, Bool)], _ out: inout HTMLOutput,
    rows: (inout HTMLOutput) -> Void
  ) {
    out.element("div", [("class", "table-wrap")]) { out in
      out.element("table") { out in
        out.element("caption", text: caption)
        out.newline()
        tableHead(columns, &out)
        out.element("tbody") { out in rows(&out) }
      }
    }
    out.newline()
  }
}
