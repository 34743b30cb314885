import BudgetModel

/// The bars of a chart of two years (`ChartPairs`) that no change pairs, placed by the chart's
/// totals printed after it (gaimu-h29-gaisan-yokyu: `平成28年度当初予算 7,140億円` …
/// `平成29年度概算要求 7,730億円 (+590億円,+8.3%)`).
///
/// A label printed over two bars (`分担金・義務的拠出金` over 1,497, an unlabelled subtotal's
/// earlier bar, and over 1,197) is the item of one triple of bars and a change around its
/// amounts, `x`, `(±c)`, `y` with x − c = y (1,583 / +86 / 1,497 or 1,197 / ▲15 / 1,212);
/// an item with one bar and no change (`サミット開催経費等 144億円`) is one year's. They are
/// placed only when exactly one choice of the triple and of each lone bar's year makes the
/// later year's bars, with the pairs already read, add up to the later total, and the earlier
/// year's to the earlier total, within the rounding of the printed figures (1,869 + 1,712 +
/// 386 + 1,197 + 2,566 = 7,730; 1,629 + 1,492 + 284 + 1,212 + 2,379 + 144 = 7,140). The total
/// is a line of an amount of the later year (its label names that year), its prior amount and
/// its change. The label's other bar stays reported; anything else leaves the chart as it was.
extension GenericReader {
  struct ChartBar {
    var figure: PrintedFigure
    var line: Int
  }

  /// A label's bars and change: `later` − `change` = `earlier`; `owner` is the label's record.
  struct ChartTriple {
    var later: ChartBar
    var change: ChartBar
    var earlier: ChartBar
    var owner: Int
  }

  /// One way to place a chart's open bars: the triple (if a label has two bars) and the lone
  /// bars that are the later year's.
  struct ChartPlacement {
    var triple: ChartTriple?
    var laterSingles: Set<Int>
  }

  mutating func placeChartBarsByTotals(_ lines: [Line]) {
    let headings = Set(amountLines.compactMap(\.context)).filter {
      Self.partsOfComparison($0) != nil
    }
    for heading in headings.sorted() { placeChartBars(under: heading, lines) }
  }

  mutating func placeChartBars(under heading: String, _ lines: [Line]) {
    guard let parts = Self.partsOfComparison(heading) else { return }
    let paired = amountLines.indices.filter {
      let record = amountLines[$0]
      return record.context == parts.later && record.priorLine != nil && record.changeLine != nil
    }
    let open = amountLines.indices.filter { amountLines[$0].context == heading }
    guard paired.count >= 2, !open.isEmpty,
      open.allSatisfy({ amountLines[$0].prior == nil && amountLines[$0].change == nil })
    else { return }
    let byLabel = Dictionary(grouping: open) { amountLines[$0].label }
    let doubled = byLabel.values.filter { $0.count == 2 }
    let singles = byLabel.values.filter { $0.count == 1 }.flatMap { $0 }.sorted()
    guard doubled.count <= 1, doubled.count + singles.count == byLabel.count, singles.count <= 3
    else { return }
    let triples: [ChartTriple?] = doubled.first.map { chartTriples($0, lines) } ?? [nil]
    guard !triples.isEmpty else { return }
    var found: [ChartPlacement] = []
    for total in chartTotals(parts.key, outside: Set(paired + open)) {
      for triple in triples {
        for mask in 0..<(1 << singles.count) {
          let later = Set(singles.indices.filter { mask & (1 << $0) != 0 }.map { singles[$0] })
          let placement = ChartPlacement(triple: triple, laterSingles: later)
          if addsUp(placement, paired: paired, singles: singles, to: total) {
            found.append(placement)
          }
        }
      }
    }
    guard found.count == 1 else { return }
    place(found[0], doubled: doubled.first ?? [], singles: singles, parts: parts)
  }

  /// The records of amounts of the later year (by their label) printed with a prior amount
  /// and a change, outside the chart: the chart's total, if its bars add up to one.
  func chartTotals(_ key: Int, outside chart: Set<Int>) -> [AmountLineRecord] {
    amountLines.indices.filter { k in
      let record = amountLines[k]
      return !chart.contains(k) && record.prior != nil && record.change != nil
        && record.isPart != true && Self.comparisonYearKey(record.label) == key
    }.map { amountLines[$0] }
  }

  func addsUp(
    _ placement: ChartPlacement, paired: [Int], singles: [Int], to total: AmountLineRecord
  ) -> Bool {
    var later = paired.map { amountLines[$0].amount }
    var earlier = paired.compactMap { amountLines[$0].prior }
    if let triple = placement.triple {
      later.append(triple.later.figure)
      earlier.append(triple.earlier.figure)
    }
    for k in singles {
      if placement.laterSingles.contains(k) {
        later.append(amountLines[k].amount)
      } else {
        earlier.append(amountLines[k].amount)
      }
    }
    guard let prior = total.prior else { return false }
    return Self.sums(later, to: total.amount) && Self.sums(earlier, to: prior)
  }

  /// Σ parts = total within the rounding of every printed figure (half a unit of each).
  static func sums(_ parts: [PrintedFigure], to total: PrintedFigure) -> Bool {
    let read = (parts + [total]).compactMap { figure -> (value: Int64, unit: Int64)? in
      guard let amount = figure.amount, !amount.isNegative else { return nil }
      return yen(amount)
    }
    guard read.count == parts.count + 1, let whole = read.last else { return false }
    let sum = read.dropLast().reduce(Int64(0)) { $0 + $1.value }
    let slack = read.reduce(Int64(0)) { $0 + $1.unit }
    return 2 * abs(sum - whole.value) <= slack
  }
}
