import BudgetModel

extension GenericReader {
  /// Tables one cell per line under a header of letter formulas (`FormulaStack`).
  mutating func readFormulaStacks(_ lines: [Line]) {
    let units = lines.indices.filter {
      if case .unit = GenericLine.classify(lines[$0], parser: parser) { return true }
      return false
    }
    for (n, u) in units.enumerated() {
      guard case .unit(let unit, _) = GenericLine.classify(lines[u], parser: parser) else {
        continue
      }
      let end = n + 1 < units.count ? units[n + 1] : lines.count
      readFormulaStack(Array(lines[(u + 1)..<end]), unit: unit)
    }
  }

  /// The header's formulas, its two years one apart (the earlier over `予算額`) and `(予算額)`.
  static func formulaStackHeader(_ texts: [String]) -> (
    formulas: [FormulaStack.Formula], earlier: Int
  )? {
    let formulas = texts.flatMap {
      $0.split(separator: " ").compactMap { FormulaStack.formula(String($0)) }
    }
    let compact = texts.map { $0.filter { $0 != " " && $0 != "\u{3000}" } }
    let years = compact.indices.filter {
      compact[$0].hasSuffix("年度") && compact[$0].count <= 4
        && compact[$0].dropLast(2).allSatisfy(\.isASCIIDigitCharacter) && compact[$0].count > 2
    }
    let numbers = Set(years.map { Int(compact[$0].dropLast(2))! })
    guard !formulas.isEmpty, numbers.count == 2, let low = numbers.min(), numbers.max() == low + 1,
      years.contains(where: {
        Int(compact[$0].dropLast(2)) == low && $0 + 1 < compact.count && compact[$0 + 1] == "予算額"
      }),
      compact.contains(where: { $0.contains("(予算額)") })
    else { return nil }
    return (formulas, low)
  }

  mutating func readFormulaStack(_ region: [Line], unit: String) {
    let texts = region.map { GenericLine.text(of: $0) }
    guard let header = Self.formulaStackHeader(texts),
      let columns = FormulaStack.columns(header.formulas)
    else { return }
    let letters = columns.letters
    let items = zip(region, texts).compactMap { line, text -> FormulaStack.Item? in
      let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
      if compact.isEmpty { return nil }
      if compact == "△" || compact == "▲" { return .sign(line: line.number) }
      if ["―", "—", "-", "−"].contains(compact) { return .cell(nil, line: line.number) }
      if let d = DecimalNumber(ascii: compact), d.scale == 0, d.significand >= 0 {
        return .cell(d.significand, line: line.number)
      }
      return .text(compact, line: line.number)
    }
    let required = [columns.later, columns.earlier].map { letters.firstIndex(of: $0)! }
    var rows = FormulaStack.rows(items, header.formulas, letters: letters, required: required)
    guard !rows.isEmpty else { return }
    rows += FormulaStack.splitRows(
      items, header.formulas, letters: letters, required: required,
      fixed: [columns.earlier, columns.later, columns.change], taken: Set(rows.flatMap(\.lines)))
    let lines = Set(rows.flatMap(\.lines))
    guard
      !tables.contains(where: { t in lines.contains { t.span.line <= $0 && $0 <= t.span.endLine } })
    else { return }
    appendFormulaStack(rows, columns: columns, earlier: header.earlier, unit: unit)
  }

  mutating func appendFormulaStack(
    _ rows: [(cells: [Int64?], lines: [Int], name: [FormulaStack.Item])],
    columns: (letters: [Character], later: Character, earlier: Character, change: Character),
    earlier: Int, unit: String
  ) {
    var kept: [SummaryRowRecord] = []
    for row in rows {
      diagnostics.removeAll { row.lines.contains($0.span.line) && $0.kind == .unrecognizedLine }
      guard let name = FormulaStack.name(row.name) else {
        diagnostics.append(
          Diagnostic(
            kind: .tableUnconfirmed,
            message:
              "a row whose figures hold the header's formulas but whose name is not printed before them is not exported",
            text: "", span: SourceSpan(line: row.lines.min()!, endLine: row.lines.max()!))
        )
        continue
      }
      var record = SummaryRowRecord(
        label: name,
        cells: row.cells.map { v in
          PrintedFigure(
            amount: v.map {
              PrintedAmount(
                DecimalNumber(significand: abs($0), scale: 0), unit: nil, isNegative: $0 < 0)
            })
        },
        span: SourceSpan(line: row.lines.min()!, endLine: row.lines.max()!))
      record.cellLines = row.lines
      kept.append(record)
    }
    guard let first = kept.map(\.span.line).min(), let last = kept.map(\.span.endLine).max()
    else { return }
    let meanings = columns.letters.map { letter -> ColumnMeaning in
      let name = String(letter)
      switch letter {
      case columns.earlier:
        return ColumnMeaning(
          kind: .amount, header: "\(earlier)年度予算額\(name)", fiscalYearLabel: "\(earlier)年度",
          stage: .initial, letter: name)
      case columns.later:
        return ColumnMeaning(
          kind: .amount, header: "\(earlier + 1)年度(予算額)\(name)",
          fiscalYearLabel: "\(earlier + 1)年度", stage: .initial, letter: name)
      case columns.change:
        return ColumnMeaning(
          kind: .change, header: "\(name)=\(columns.later)-\(columns.earlier)", letter: name,
          formula: [String(columns.later), String(columns.earlier)])
      default:
        return ColumnMeaning(kind: .other, header: name, letter: name)
      }
    }
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: meanings.map(\.header), rows: kept,
      span: SourceSpan(line: first, endLine: last))
    table.meanings = meanings
    table.confirmed = true
    tables.append(table)
  }
}
