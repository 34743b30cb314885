import BudgetModel

extension DocumentPage {
  func totals(_ out: inout HTMLOutput) {
    section("totals", &out) { out in
      out.element("div", [("class", "totals")]) { out in
        for entry in document.summary where entry.kind == .headline {
          out.element("div", [("class", "total")]) { out in
            out.element(
              "div", [("class", "label")],
              text: entry.sectionTitle + Self.sideTag(entry) + "　" + ownHeading)
            if let budget = entry.figure(ownMeasure) {
              out.element("div", [("class", "value")]) { out in
                amount(budget, format: YenText.headline, &out)
              }
            }
            out.element("div", [("class", "sub")]) { out in
              if let prior = entry.figure(.priorInitial) {
                out.text("前年度 ")
                amount(prior, format: YenText.headline, &out)
              }
              if let change = entry.figure(.change) {
                out.text("　増減 ")
                amount(change, format: YenText.headline, &out)
              }
            }
          }
          out.newline()
        }
      }
      out.newline()
    }
  }

  func chart(_ out: inout HTMLOutput) {
    guard !document.items.isEmpty else {
      // A document of tables and totals only (another ministry's 総括表): no item to chart.
      section("chart", &out) { out in
        out.element("p", text: "この資料には項目の一覧がありません。表と総額は下の総括表と総額に示します。")
      }
      return
    }
    let chart = BarChart(document: document, measure: ownMeasure)
    let amount = info.phase.isRequested ? "要求額" : "予算額"
    let title = "\(info.pageTitle)：項目別の\(amount)（\(info.fiscalYearLabel)と前年度）"
    var description =
      "横棒は各項目の\(info.fiscalYearLabel)\(amount)（濃い青）と\(info.priorFiscalYearLabel)予算額（薄い青）。単位は億円、目盛りは線形。"
    if chart.rows.contains(where: {
      [$0.budget, $0.prior].contains { f in (f?.amountJPY ?? 0) > chart.scaleMax }
    }) {
      description += "桁違いに大きい項目は棒の途中を省略して描いています（白い斜線）。"
    }
    if chart.rows.contains(where: { $0.prior == nil }) {
      description += "前年度の棒がない項目は、資料に前年度額の記載がありません（内訳の小項目には記載があります。項目一覧を参照）。"
    }
    description += "破線の枠は合計に含まれない金額（〔〕等）。同じ数値を下の表に示します。"
    section("chart", &out) { out in
      out.open("div", [("class", "chart-grid")])
      out.element("figure", [("class", "chart")]) { out in
        out.element("div", [("class", "scroll")]) { out in
          chart.write(title: title, description: description, to: &out)
        }
        out.newline()
        out.element("figcaption") { out in
          for (kind, label) in [
            ("legend budget", ownHeading), ("legend prior", info.priorFiscalYearLabel),
            ("legend nc", "合計外"),
          ] {
            out.element("span", [("class", kind)], text: "")
            out.text(label + "　")
          }
          out.open("br")
          out.text(description)
        }
      }
      out.newline()
      chartTable(chart, &out)
      out.close("div")
    }
  }

  /// The chart's numbers as a table (prior-year columns only when the document prints them).
  func chartTable(_ chart: BarChart, _ out: inout HTMLOutput) {
    let priors = chart.rows.contains { $0.prior != nil }
    var columns = [("番号", false), ("項目", false), (ownHeading, true)]
    if priors { columns += [(info.priorFiscalYearLabel, true), ("増減", true)] }
    table(caption: "グラフの数値（億円）", columns: columns, &out) { out in
      for row in chart.rows {
        out.element("tr") { out in
          out.element("td", [("class", "code")], text: row.item.code)
          out.element("th", [("scope", "row")], text: row.item.title)
          amountCell(row.budget, &out)
          if priors {
            amountCell(row.prior, &out)
            changeCell(row.budget, row.prior, &out)
          }
        }
        out.newline()
      }
    }
  }

  func summaryTables(_ out: inout HTMLOutput) {
    let columns = [
      ("区分", false), ("A " + ownHeading, true), ("B " + info.priorFiscalYearLabel, true),
      ("C 増減 (A−B)", true), ("増減率 (C/B)", true),
    ]
    section("summary", &out) { out in
      for sectionNumber in Set(document.summary.map(\.section)).sorted() {
        let rows = document.summary.filter { $0.section == sectionNumber && $0.kind == .tableRow }
        guard let first = rows.first else { continue }
        let extra = Self.otherYearColumns(rows)
        let all = columns + extra.map { ($0.title, true) }
        table(caption: first.sectionTitle + "（億円）", columns: all, &out) { out in
          for row in rows {
            out.element("tr") { out in
              out.element("th", [("scope", "row")], text: row.label + Self.sideTag(row))
              amountCell(row.figure(ownMeasure), &out)
              amountCell(row.figure(.priorInitial), &out)
              amountCell(row.figure(.change), &out)
              out.element(
                "td", [("class", "num")], text: row.changeRatePercent.map { "\($0)%" } ?? "")
              for column in extra {
                amountCell(
                  row.figures.first {
                    $0.measure == column.measure && $0.fiscalYear == column.year
                  },
                  &out)
              }
            }
            out.newline()
          }
        }
      }
    }
  }

  /// `（歳入）` after the label of a revenue row: the page never shows a tax or a bond issue as
  /// if it were spending.
  static func sideTag(_ entry: SummaryEntry) -> String {
    entry.figures.first?.operationCharacter == .revenue ? "（歳入）" : ""
  }

  /// The columns of a table of several years beyond A, B and C (schema 1.1's `initial`,
  /// `settlement`, `revised`), in the order the rows first give them: `平成23年度 決算`.
  static func otherYearColumns(_ rows: [SummaryEntry]) -> [(
    measure: Measure, year: Int, title: String
  )] {
    var result: [(measure: Measure, year: Int, title: String)] = []
    for figure in rows.flatMap(\.figures) where figure.measure.isYearGeneral {
      guard
        !result.contains(where: { $0.measure == figure.measure && $0.year == figure.fiscalYear })
      else { continue }
      let stage = [Measure.initial: "当初", .settlement: "決算", .revised: "補正後"][figure.measure] ?? ""
      result.append((figure.measure, figure.fiscalYear, figure.fiscalYearLabel + " " + stage))
    }
    return result
  }

  func filp(_ out: inout HTMLOutput) {
    guard !document.filp.isEmpty else { return }
    section("filp", &out) { out in
      table(caption: "財政投融資要求（億円）", columns: [("事業", false), ("区分", false), ("金額", true)], &out) {
        out in
        for entry in document.filp {
          out.element("tr") { out in
            out.element("th", [("scope", "row")], text: entry.program)
            out.element("td", text: entry.label)
            amountCell(entry.figure, &out)
          }
          out.newline()
        }
      }
    }
  }

  func findings(_ out: inout HTMLOutput) {
    section("findings", &out) { out in
      let warnings = document.findings.filter { $0.severity == .warning }.count
      out.element(
        "p", text: "警告 \(warnings) 件、四捨五入で説明できる差 \(document.findings.count - warnings) 件。")
      let columns = [("重要度", false), ("種類", false), ("内容", false), ("行", false)]
      table(caption: "照合結果（一覧と詳細、親子の合計、総括表の差）", columns: columns, &out) { out in
        for finding in document.findings {
          out.element("tr") { out in
            let warning = finding.severity == .warning
            out.element("td", [("class", warning ? "warning" : nil)], text: warning ? "警告" : "注記")
            out.element("td", text: finding.code.rawValue)
            out.element("td", text: finding.message)
            out.element("td") { out in
              for (index, line) in finding.lines.enumerated() {
                if index > 0 { out.text(" ") }
                lineLink(line, &out)
              }
            }
          }
          out.newline()
        }
      }
    }
  }
}

extension SummaryEntry {
  func figure(_ measure: Measure) -> Figure? {
    figures.first { $0.measure == measure }
  }
}
