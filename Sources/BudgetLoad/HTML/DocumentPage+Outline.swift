import BudgetModel

extension DocumentPage {
  /// The outline: chapters → items → sub-items → sub-sub-items, each followed by its
  /// expense lines, with budget-year and prior-year amounts, the change and the markers.
  func outline(_ out: inout HTMLOutput) {
    let columns = [
      ("番号", false), ("項目・経費", false), (ownHeading, true),
      (info.priorFiscalYearLabel, true),
      ("増減", true), ("区分", false), ("行", true),
    ]
    let expenses = Dictionary(grouping: document.expenses, by: \.itemId)
    guard !document.items.isEmpty else {
      section("outline", &out) { out in
        out.element("p", text: "この資料には項目の一覧（章・項目・小項目）がありません。")
      }
      return
    }
    section("outline", &out) { out in
      out.element("p", text: "金額は億円。灰色の斜体は合計に含まれない金額（〔〕他の項目で計上・内数・再掲・後掲）。")
      table(
        caption: "項目一覧（\(document.items.count) 項目、\(document.expenses.count) 経費）", columns: columns,
        &out
      ) { out in
        for item in document.items {
          itemRow(item, &out)
          for expense in expenses[item.id] ?? [] { expenseRow(expense, &out) }
        }
      }
    }
  }

  /// An item's row; its number links to the same item in the ministry's other documents.
  func itemRow(_ item: BudgetItem, _ out: inout HTMLOutput) {
    let series = ItemSeries.link(
      ministryCode: info.organization.code, code: item.code, title: item.title)
    rowStart(item.level.rawValue, id: item.id, code: item.code, series: series, &out)
    out.literal("<th scope=\"row\" class=\"title\">")
    out.escaped(item.title)
    out.literal("</th>")
    figureCells(item.figures, isNew: item.isNew, line: item.span.line, &out)
    out.literal("</tr>\n")
  }

  func expenseRow(_ expense: Expense, _ out: inout HTMLOutput) {
    rowStart("expense", id: expense.id, code: Self.kindText(expense.kind), &out)
    out.literal("<td class=\"title\">")
    out.escaped(expense.name)
    out.literal("</td>")
    figureCells(expense.figures, isNew: expense.isNew, line: expense.span.line, &out)
    out.literal("</tr>\n")
  }

  /// `<tr class="…" id="…"><td class="code">…</td>`, the code a link to `series` if given.
  func rowStart(
    _ level: String, id: String, code: String, series: String? = nil, _ out: inout HTMLOutput
  ) {
    out.start("tr")
    out.attribute("class", level)
    out.attribute("id", id)
    out.literal("><td class=\"code\">")
    if let series {
      out.start("a")
      out.attribute("href", series)
      out.attribute("title", "他の年度・段階の同じ項目（番号と名称が同じもの）")
      out.end()
      out.escaped(code)
      out.literal("</a>")
    } else {
      out.escaped(code)
    }
    out.literal("</td>")
  }

  /// Budget year, prior year, change, markers (with a supplementary-budget figure) and line.
  func figureCells(_ figures: [Figure], isNew: Bool, line: Int, _ out: inout HTMLOutput) {
    let budget = figures.first { $0.measure == ownMeasure }
    let prior = figures.first { $0.measure == .priorInitial }
    amountCell(budget, &out)
    amountCell(prior, &out)
    changeCell(budget, prior, &out)
    markerCell(
      budget, prior, isNew: isNew, extra: figures.first { $0.measure == .priorSupplementary },
      &out)
    out.literal("<td class=\"num\">")
    lineLink(line, &out)
    out.literal("</td>")
  }

  static func kindText(_ kind: ExpenseRecord.Kind) -> String {
    switch kind {
    case .main: "主な経費"
    case .breakdown: "内訳"
    case .memo: "参考"
    }
  }

  /// The markers of the row's figures (each once), `新規`, and a supplementary-budget figure.
  func markerCell(
    _ budget: Figure?, _ prior: Figure?, isNew: Bool, extra: Figure?, _ out: inout HTMLOutput
  ) {
    out.literal("<td class=\"marker\">")
    let first = budget?.marker.map(Self.markerText)
    let second = prior?.marker.map(Self.markerText)
    var labels = 0
    for label in [first, second == first ? nil : second, isNew ? "新規" : nil] {
      guard let label else { continue }
      if labels > 0 { out.literal("・") }
      out.text(label)
      labels += 1
    }
    if let extra {
      if labels > 0 { out.literal("<br>") }
      out.text(extra.fiscalYearLabel + "補正 ")
      amount(extra, &out)
    }
    out.literal("</td>")
  }
}
