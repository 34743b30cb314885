import BudgetModel

/// A row the converter printed in two pieces (national-h29-sozei's 法人税: its name and
/// `122,330` / `1,610` / `123,940` at lines 81-86, its `30` / `123,910` / `1,580` at lines
/// 73-75, among other rows' cells, its `△` elsewhere).
///
/// What proves it: the named piece is the first letters (two or more, every formula among
/// them holding: 122,330 + 1,610 = 123,940); the other piece is the one window of cells
/// printed together and read by no row, of exactly the letters left, on which every formula holds, two of them reading
/// both pieces (C + D = E, F = E − A: 123,940 − 30 = 123,910, 123,910 − 122,330 = 1,580),
/// when a cell of a column no measure reads (D) may take either sign (its `△` displaced).
/// Two such runs, or none: the piece is not read.
extension FormulaStack {
  typealias Run = (cells: [(Int64?, Int)], name: [Item])

  /// The runs of cells (a `△` the sign of the figure after it), each with the text lines
  /// printed right before it.
  static func runs(_ items: [Item]) -> [Run] {
    var found: [Run] = []
    var texts: [Item] = []
    var sign = false
    for item in items {
      switch item {
      case .sign: sign = true
      case .cell(let v, let line):
        if texts.isEmpty, !found.isEmpty {
          found[found.count - 1].cells.append((sign ? v.map { -$0 } : v, line))
        } else {
          found.append(([(sign ? v.map { -$0 } : v, line)], texts))
        }
        texts = []
        sign = false
      case .text:
        if sign { texts = [] }
        sign = false
        texts.append(item)
      }
    }
    return found
  }

  /// The rows in two pieces among the cells no row has taken (`taken`, their lines).
  static func splitRows(
    _ items: [Item], _ formulas: [Formula], letters: [Character], required: [Int],
    fixed: Set<Character>, taken: Set<Int>
  ) -> [(cells: [Int64?], lines: [Int], name: [Item])] {
    let runs = runs(items)
    var found: [(cells: [Int64?], lines: [Int], name: [Item])] = []
    var used = taken
    for run in runs where name(run.name) != nil {
      let k = run.cells.count
      guard k >= 2, k <= letters.count - 2, run.cells.allSatisfy({ !used.contains($0.1) }),
        let rest = completion(
          run.cells, in: runs, formulas, letters: letters, fixed: fixed, taken: used)
      else { continue }
      let cells = run.cells.map(\.0) + rest.map(\.0)
      guard required.allSatisfy({ cells[$0] != nil }) else { continue }
      let lines = run.cells.map(\.1) + rest.map(\.1)
      found.append((cells, lines, run.name))
      used.formUnion(lines)
    }
    return found
  }

  /// The one window of free cells completing `piece` (see the type's note), or nil.
  static func completion(
    _ piece: [(Int64?, Int)], in runs: [Run], _ formulas: [Formula], letters: [Character],
    fixed: Set<Character>, taken: Set<Int>
  ) -> [(Int64?, Int)]? {
    let k = piece.count
    let head = Set(letters.prefix(k))
    let inner = formulas.filter { head.isSuperset(of: [$0.result, $0.lhs, $0.rhs]) }
    let across = formulas.filter { f in
      let used = Set([f.result, f.lhs, f.rhs])
      return !used.isDisjoint(with: head) && !used.isSubset(of: head)
    }
    let prefix = piece.map(\.0) + Array(repeating: nil, count: letters.count - k)
    guard !inner.isEmpty, holds(inner, prefix, letters: letters), across.count >= 2 else {
      return nil
    }
    var matches: [[(Int64?, Int)]] = []
    for run in runs where run.cells.count >= letters.count - k {
      for start in 0...(run.cells.count - (letters.count - k)) {
        let window = Array(run.cells[start..<(start + letters.count - k)])
        guard window.allSatisfy({ !taken.contains($0.1) }),
          !window.contains(where: { w in
            piece.contains { $0.1 == w.1 }
          })
        else { continue }
        if let signed = signs(piece.map(\.0), window, formulas, letters: letters, fixed: fixed) {
          matches.append(zip(signed, window).map { ($0, $1.1) })
        }
      }
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// The window's values with the one choice of signs of its free cells (columns not in
  /// `fixed`) on which every formula holds, or nil (none, or two choices).
  static func signs(
    _ head: [Int64?], _ window: [(Int64?, Int)], _ formulas: [Formula], letters: [Character],
    fixed: Set<Character>
  ) -> [Int64?]? {
    let free = window.indices.filter {
      !fixed.contains(letters[head.count + $0]) && (window[$0].0 ?? 0) != 0
    }
    guard free.count <= 3 else { return nil }
    var found: [[Int64?]] = []
    for mask in 0..<(1 << free.count) {
      var values = window.map(\.0)
      for (bit, i) in free.enumerated() where mask & (1 << bit) != 0 {
        values[i] = values[i].map { -$0 }
      }
      if holds(formulas, head + values, letters: letters) { found.append(values) }
    }
    return found.count == 1 ? found[0] : nil
  }
}
