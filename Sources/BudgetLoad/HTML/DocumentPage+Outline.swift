import BudgetModel

extension DocumentPage {
  /// The outline: chapters → items → sub-items → sub-sub-items, each followed by its
  /// expense lines, with budget-year and prior-year amounts, the change and the markers.
  func outline<T>(_ out: inout HTMLOutput<T>) {
    let columns = [
      ("番号", false), ("項目・経費", false), (info.fiscalYearLabel, true),
      (info.priorFiscalYearLabel, true),
      ("増減", true), ("区分", false), ("行", true),
    ]
    let expenses = Dictionary(grouping: document.expenses, by: \.itemId)
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

  func itemRow<T>(_ item: BudgetItem, _ out: inout HTMLOutput<T>) {
    out.element("tr", [("class", item.level.rawValue), ("id", item.id)]) { out in
      out.element("td", [("class", "code")], text: item.code)
      out.element("th", [("scope", "row"), ("class", "title")], text: item.title)
      figureCells(item.figures, isNew: item.isNew, line: item.span.line, &out)
    }
    out.newline()
  }

  func expenseRow<T>(_ expense: Expense, _ out: inout HTMLOutput<T>) {
    out.element("tr", [("class", "expense"), ("id", expense.id)]) { out in
      out.element("td", [("class", "code")], text: Self.kindText(expense.kind))
      out.element("td", [("class", "title")], text: expense.name)
      figureCells(expense.figures, isNew: expense.isNew, line: expense.span.line, &out)
    }
    out.newline()
  }

  /// Budget year, prior year, change, markers (with a supplementary-budget figure) and line.
  func figureCells<T>(_ figures: [Figure], isNew: Bool, line: Int, _ out: inout HTMLOutput<T>) {
    let budget = figures.first { $0.measure == .budget }
    let prior = figures.first { $0.measure == .priorInitial }
    amountCell(budget, &out)
    amountCell(prior, &out)
    changeCell(budget, prior, &out)
    markerCell(
      [budget, prior], isNew: isNew, extra: figures.first { $0.measure == .priorSupplementary },
      &out)
    out.element("td", [("class", "num")]) { out in lineLink(line, &out) }
  }

  static func kindText(_ kind: ExpenseRecord.Kind) -> String {
    switch kind {
    case .main: "主な経費"
    case .breakdown: "内訳"
    case .memo: "参考"
    }
  }

  /// The markers of the row's figures (each once), `新規`, and a supplementary-budget figure.
  func markerCell<T>(_ figures: [Figure?], isNew: Bool, extra: Figure?, _ out: inout HTMLOutput<T>)
  {
    var labels: [String] = []
    for case let marker? in figures.map({ $0?.marker })
    where !labels.contains(Self.markerText(marker)) {
      labels.append(Self.markerText(marker))
    }
    if isNew { labels.append("新規") }
    out.element("td", [("class", "marker")]) { out in
      out.text(labels.joined(separator: "・"))
      if let extra {
        if !labels.isEmpty { out.open("br") }
        out.text(extra.fiscalYearLabel + "補正 ")
        amount(extra, &out)
      }
    }
  }
}
