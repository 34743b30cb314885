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

  /// An amount in 億円 linking to its line, with the yen on hover and as the `<data>` value.
  func amount<T>(
    _ figure: Figure, format: (Int64) -> String = YenText.oku, _ out: inout HTMLOutput<T>
  ) {
    let yen = figure.amountJPY
    let hover =
      (yen.map(YenText.yen) ?? "金額なし") + "（\(figure.line)行目）"
      + (figure.countsTowardTotal ? "" : "・合計に含まない")
    out.element("a", [("href", href(figure.line)), ("title", hover)]) { out in
      if let yen {
        out.element("data", [("value", String(yen))], text: format(yen))
      } else {
        out.text("—")
      }
    }
  }

  /// A table cell holding `figure` (empty when there is none); figures that do not count
  /// toward the total are set apart (`nc`).
  func amountCell<T>(_ figure: Figure?, _ out: inout HTMLOutput<T>) {
    guard let figure else {
      out.element("td", [("class", "num")], text: "")
      return
    }
    out.element("td", [("class", figure.countsTowardTotal ? "num" : "num nc")]) { out in
      amount(figure, &out)
    }
  }

  /// The change budget − prior, when both amounts are printed.
  func changeCell<T>(_ budget: Figure?, _ prior: Figure?, _ out: inout HTMLOutput<T>) {
    guard let a = budget?.amountJPY, let b = prior?.amountJPY else {
      out.element("td", [("class", "num")], text: "")
      return
    }
    out.element("td", [("class", "num"), ("title", YenText.yen(a - b))]) { out in
      out.element("data", [("value", String(a - b))], text: YenText.oku(a - b))
    }
  }

  /// A link to a source line, `L197`.
  func lineLink<T>(_ line: Int, _ out: inout HTMLOutput<T>) {
    out.element("a", [("href", href(line)), ("class", "line")], text: String(line))
  }

  /// `<thead>` with the given column headings; `num` columns are right-aligned.
  func tableHead<T>(_ columns: [(String, Bool)], _ out: inout HTMLOutput<T>) {
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
  func table<T>(
    caption: String, columns: [(String, Bool)], _ out: inout HTMLOutput<T>,
    rows: (inout HTMLOutput<T>) -> Void
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
