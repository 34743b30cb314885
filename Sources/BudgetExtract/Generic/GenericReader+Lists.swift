import BudgetModel

/// What the item-list rules need from the lines read before.
struct ListState {
  /// Where the current run of item amounts starts in `amountLines` (after the last line that
  /// was not an amount line), and that line's text when it is a section heading.
  var runStart = 0
  var runHeading: String?
  /// The last short text line that can name an amount printed below it, with the year lines
  /// printed since (`食料安全保障の強化に向けた対策` / `令和4年度` / `令和5年度` / `247 億円 ⇒`).
  var name: (text: String, line: Int)?
  var years: [String] = []
  /// Words the document prints as parts of an amount (`(うちODA1,272億円)` → `ODA`).
  var partWords: Set<String> = []
  /// An open list under a one-column header (`主な事業 予算額(億円)`).
  var column: ListColumn?
  /// Numbered entries of two amounts, until their items prove the second (`+MarkedColumn`).
  var markedPairs: [MarkedPairRow] = []

  mutating func startRun(at index: Int, after kind: GenericLine) {
    runStart = index
    if case .text(let text) = kind, GenericReader.isSectionHeading(text) {
      runHeading = text
    } else {
      runHeading = nil
    }
  }
}

/// A list under a header of one amount column with its unit and no year
/// (`主な事業 予算額(億円)`): each entry is a name line, description lines, the amount alone on
/// a line and the prior year's amount in parentheses on the next (`(174)`), or `(新規)`.
struct ListColumn {
  var unit: String
  var context: String
  var name: (text: String, line: Line)?
  /// The record that may still get its prior-year amount.
  var awaitingPrior: Int?
}

extension GenericReader {
  /// `令和5年度`, `4年度`: a line that is one fiscal year.
  static func isYearOnly(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    guard compact.hasSuffix("年度"), compact.count <= 8 else { return false }
    let head = compact.dropLast(2).drop { !$0.isASCIIDigitCharacter }
    return !head.isEmpty && head.allSatisfy(\.isASCIIDigitCharacter)
      && compact.prefix { !$0.isASCIIDigitCharacter }.count <= 2
  }

  /// Keeps the text line that can name an amount printed below it (year lines may stand
  /// between them).
  mutating func trackName(_ text: String, _ line: Line) {
    if Self.isYearOnly(text), lists.name != nil {
      lists.years.append(text.filter { $0 != " " })
    } else if Self.isLabel(text) {
      lists.name = (Self.joinLabel([text]), line.number)
      lists.years = []
    } else {
      lists.name = nil
    }
  }

  /// The forms of item lists that need the lines before: an arrow pair, a subtotal with no
  /// label, a part named as the document names parts. True when the line was taken.
  mutating func acceptListForms(_ records: [AmountLineRecord], line: Line, text: String) -> Bool {
    reportBareChanges(line, text)
    for record in records where record.isPart == true {
      if let open = record.label.range(of: "(うち") {
        lists.partWords.insert(String(record.label[open.upperBound...].dropLast()))
      }
    }
    guard records.count == 1 else { return false }
    if records[0].label.isEmpty {
      return acceptArrowPair(records[0], line: line, text: text)
        || acceptSubtotal(records[0], line: line)
    }
    if lists.partWords.contains(records[0].label) {
      acceptPart(records[0], line: line, text: text)
      return true
    }
    return false
  }

  /// The parts of an amount named from the line above (`追加財政需要` / `1,685億円(うちODA…)`)
  /// take its name.
  func nameParts(_ records: inout [AmountLineRecord], _ named: String) {
    for k in records.indices.dropFirst() where records[k].isPart == true {
      records[k].label = named + records[k].label
      records[k].amount.label = records[k].label
      records[k].scope = records[0].scope
    }
  }

  /// `ODA 840億円` on the line after `847億円`, in a document that prints `(うちODA …)`: the
  /// part of the amount above. Reported when there is no amount above it or it is larger.
  mutating func acceptPart(_ record: AmountLineRecord, line: Line, text: String) {
    guard let previous, previous.amountCount >= 1, var parent = amountLines.last,
      parent.span.line == previous.line.number, parent.isPart != true,
      let whole = Self.sum([parent.amount]), let part = Self.sum([record.amount]),
      whole.unit != nil, whole.unit == part.unit, whole.scale == part.scale,
      part.value <= whole.value
    else {
      report(line, text: text, why: "a part of an amount that is not read")
      return
    }
    parent.label += "(うち\(record.label))"
    parent.amount = record.amount
    parent.amount.label = parent.label
    parent.prior = nil
    parent.priorLine = nil
    parent.isPart = true
    parent.span = record.span
    parent.scope = .item
    amountLines.append(parent)
    contextHasAmounts = true
  }

  /// A label-less amount after a run of item amounts that add up to it exactly: the run's
  /// subtotal, named by the section heading above the run (`[一般会計]`) or `計`.
  mutating func acceptSubtotal(_ record: AmountLineRecord, line: Line) -> Bool {
    guard let previous, previous.amountCount >= 1, record.prior == nil,
      amountLines.count - lists.runStart >= 2
    else { return false }
    let run = amountLines[lists.runStart...]
    guard run.allSatisfy({ $0.scope == .item && $0.isPart != true }),
      let items = Self.sum(run.map(\.amount)), let total = Self.sum([record.amount]),
      items.unit != nil, items.unit == total.unit,
      items.value * TableArithmetic.pow10(total.scale - items.scale)
        == total.value * TableArithmetic.pow10(items.scale - total.scale)
    else { return false }
    var subtotal = record
    subtotal.label = lists.runHeading ?? "計"
    subtotal.amount.label = subtotal.label
    subtotal.scope = .item
    subtotal.context = context
    amountLines.append(subtotal)
    contextHasAmounts = true
    lists.runStart = amountLines.count
    return true
  }

  /// The sum of single-part amounts of one unit (or all without one), at a common scale;
  /// nil otherwise.
  static func sum(_ amounts: [PrintedFigure]) -> (value: Int64, scale: Int, unit: String?)? {
    var parts: [(DecimalNumber, String?)] = []
    for figure in amounts {
      guard let amount = figure.amount, amount.parts.count == 1 else { return nil }
      let unit = amount.parts[0].unit
      let n = amount.parts[0].number
      parts.append((amount.isNegative ? n.negated() : n, unit))
    }
    guard let first = parts.first, parts.allSatisfy({ $0.1 == first.1 }) else { return nil }
    let unit = first.1
    let scale = parts.map(\.0.scale).max() ?? 0
    return (parts.reduce(0) { $0 + $1.0.scaled(to: scale) }, scale, unit)
  }
}
