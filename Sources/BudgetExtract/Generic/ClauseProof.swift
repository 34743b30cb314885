import BudgetModel

/// Which figures of broken sentences (`ClauseFigures`) the document's own arithmetic proves.
///
/// - An entry printing its change and its rate: rate = C / (B − C) at the printed precision
///   (B − C uncertain by the rounding of both) proves B, C and the rate.
/// - A total and its parts, amounts exactly (within the rounding of the printed figures) and
///   changes too when the total and every part print one (`同額` is zero): the parts are the
///   other entries of the total's line (`文教及び科学振興費 5兆4,158億円` = `文教関係費 4兆216億円`
///   + `科学技術振興費 1兆3,942億円`), or the item lines right after it (`宮廷費 56億7900万円` =
///   Σ `儀典関係費 753百万円 …`), or the first entries of the sentence lines right after it,
///   as many as add up (`皇室費 62億1800万円` = 内廷費 + 宮廷費 + 皇族費). At least two parts,
///   none a balance, none of the other side of the account (`canBeParts`).
/// - A revenue, a spending and their balance on one line (`proveBalances`).
///
/// - An entry whose change is stated against the prior year in words and no rate is printed
///   (`対前年度比 ▲423億円`, `前年度と比べて389億円増額の…`): the words prove the amount and its
///   change (`ClauseFigures+Stated`).
///
/// Nothing else proves a figure: an amount that only stands near words is reported.
enum ClauseProof {
  struct Line {
    var entries: [ClauseFigures.Entry]
    /// An item line (`label amount change`, nothing else), not a sentence.
    var isItem: Bool
  }

  struct Verdict: Equatable {
    var amount = false
    var change = false
    var rate = false
    /// A part of a total proven by its sum.
    var isPart = false
    /// The total's label, when it is printed on the part's own line (its parts are named
    /// after it: `文教関係費` of two totals is two figures).
    var total: String?
    /// The line and entry of the prior year's amount the rate is proven against
    /// (`provePriorYearRates`).
    var priorLine: Int?
    var priorEntry: Int?
    /// The prior year's amount of another entry's rate: exported with that entry.
    var isPrior = false
  }

  /// The verdict of every entry, line by line.
  static func check(_ lines: [Line]) -> [[Verdict]] {
    var verdicts = lines.map { Array(repeating: Verdict(), count: $0.entries.count) }
    for (l, line) in lines.enumerated() {
      for (k, entry) in line.entries.enumerated() where rateHolds(entry) {
        verdicts[l][k].amount = true
        verdicts[l][k].change = true
        verdicts[l][k].rate = true
      }
    }
    for (l, line) in lines.enumerated() {
      for (k, entry) in line.entries.enumerated()
      where entry.changeStated && entry.change != nil && entry.rate == nil {
        verdicts[l][k].amount = true
        verdicts[l][k].change = true
      }
    }
    let sentences = lines.indices.filter { !lines[$0].isItem && !lines[$0].entries.isEmpty }
    for (l, line) in lines.enumerated() where !line.entries.isEmpty {
      let count = line.entries.count
      if count >= 3 {
        prove((l, 0), (1..<count).map { (l, $0) }, lines, &verdicts)
      }
      guard !line.isItem else { continue }
      var items: [(Int, Int)] = []
      var next = l + 1
      while next < lines.count, lines[next].isItem, lines[next].entries.count == 1 {
        items.append((next, 0))
        next += 1
      }
      if items.count >= 2 { prove((l, count - 1), items, lines, &verdicts) }
      proveByLaterSentences(l, sentences.filter { $0 > l }, lines, &verdicts)
    }
    provePriorYearRates(lines, &verdicts)
    proveTotalsAfterParts(lines, &verdicts)
    proveBalances(lines, &verdicts)
    return verdicts
  }

  /// The sentence lines right after a sentence line are its parts when exactly one number
  /// (two or more) of them, taken in order, adds up to its first amount: their first amounts.
  /// When none adds up to the first, its last amount is tried the same way (`追加歳出額約9356億円
  /// …文科省関連の補正予算額約1326億円`, the lines after it each one of the 1326億円's parts).
  static func proveByLaterSentences(
    _ l: Int, _ later: [Int], _ lines: [Line], _ verdicts: inout [[Verdict]]
  ) {
    guard later.count >= 2 else { return }
    let last = lines[l].entries.count - 1
    for k in last > 0 ? [0, last] : [0] {
      let total = lines[l].entries[k].amount
      let fits = (2...later.count).filter { n in
        sums(total, later.prefix(n).map { lines[$0].entries[0].amount })
      }
      if fits.isEmpty { continue }
      guard fits.count == 1 else { return }
      prove((l, k), later.prefix(fits[0]).map { ($0, 0) }, lines, &verdicts)
      return
    }
  }

  static func prove(
    _ parent: (Int, Int), _ parts: [(Int, Int)], _ lines: [Line], _ verdicts: inout [[Verdict]]
  ) {
    let total = lines[parent.0].entries[parent.1]
    let children = parts.map { lines[$0.0].entries[$0.1] }
    guard canBeParts(of: total.label, children.map(\.label)),
      sums(total.amount, children.map(\.amount))
    else { return }
    verdicts[parent.0][parent.1].amount = true
    let changes = children.compactMap(\.change)
    let changed =
      total.change.map { changes.count == children.count && sums($0, changes) } ?? false
    if changed { verdicts[parent.0][parent.1].change = true }
    for (l, k) in parts {
      verdicts[l][k].amount = true
      verdicts[l][k].isPart = true
      if l == parent.0 { verdicts[l][k].total = total.label }
      if changed { verdicts[l][k].change = true }
    }
  }

  /// Σ parts = total within the rounding of every printed figure (each off by less than half
  /// a unit of its last digit).
  static func sums(_ total: PrintedAmount, _ parts: [PrintedAmount]) -> Bool {
    guard let t = exact(total) else { return false }
    var sum: Int128 = 0
    var slack = t.unit
    for part in parts {
      guard let p = exact(part) else { return false }
      sum += p.value
      slack += p.unit
    }
    return 2 * abs(sum - t.value) < slack
  }

  static func rateHolds(_ entry: ClauseFigures.Entry) -> Bool {
    guard let rate = entry.rate, let change = entry.change, let b = exact(entry.amount),
      let c = exact(change)
    else { return false }
    let a = RatioSums.Exact(value: b.value - c.value, unit: b.unit + c.unit)
    return ComparisonSentence.rateHolds(rate, change: c, base: a)
  }

  static func exact(_ amount: PrintedAmount) -> RatioSums.Exact? {
    ComparisonSentence.exact(PrintedFigure(amount: amount))
  }
}
