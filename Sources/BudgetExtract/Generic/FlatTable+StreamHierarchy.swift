import BudgetModel

/// The proof of a label stream's reading (`FlatTable.labelStream`): the hierarchy its
/// classification marks make, summed in every column.
extension FlatTable {
  /// The level a label's mark gives its row: `(部)`, `(組織)` over `(款)` over `(項)` over
  /// `(目)` over rows with no mark (and `(事項)`).
  static func streamRank(_ label: String) -> Int {
    let marks = [("(部)", 1), ("(組織)", 1), ("(款)", 2), ("(項)", 3), ("(目)", 4)]
    return marks.first { label.hasPrefix($0.0) }?.1 ?? 5
  }

  /// Whether the reading holds and no other place of the labels left (`pool`, the rows they
  /// name) that the arithmetic can tell — a marked label's or a `うち` part's — holds with
  /// other figures. Unmarked labels of one level are interchangeable in any sum, so only
  /// their printed order places them: they keep it in every order tried (at most seven
  /// labels left).
  static func isOnlyOrder(
    _ labels: [String], pool: [Int], _ cells: [[CellToken]], _ meanings: [ColumnMeaning]
  ) -> Bool {
    guard pool.count <= 7, hierarchyHolds(labels, cells, meanings) else { return false }
    func plain(_ ls: [String]) -> [String] {
      pool.map { ls[$0] }.filter { streamRank($0) == 5 && !$0.hasPrefix("うち") }
    }
    let printed = Set(zip(labels, cells).map { "\($0)\t\($1.map(\.figure))" })
    var ok = true
    func permute(_ chosen: [Int], _ rest: [Int]) {
      guard ok else { return }
      guard !rest.isEmpty else {
        var other = labels
        for (row, from) in zip(pool, chosen) { other[row] = labels[from] }
        guard other != labels, plain(other) == plain(labels),
          hierarchyHolds(other, cells, meanings)
        else { return }
        if Set(zip(other, cells).map({ "\($0)\t\($1.map(\.figure))" })) != printed { ok = false }
        return
      }
      for (k, row) in rest.enumerated() {
        var remaining = rest
        remaining.remove(at: k)
        permute(chosen + [row], remaining)
      }
    }
    permute([], pool)
    return ok
  }

  /// Every row is a parent that is the sum of its children (the rows below it of the next
  /// level, up to a row of its level or above; `うち` rows not counted) in every amount and
  /// change column, or such a child, or a `うち` part not larger than the row above it.
  static func hierarchyHolds(
    _ labels: [String], _ cells: [[CellToken]], _ meanings: [ColumnMeaning]
  ) -> Bool {
    let columns = meanings.indices.filter {
      meanings[$0].kind == .amount || meanings[$0].kind == .change
    }
    let isPart = labels.map { $0.hasPrefix("うち") }
    var covered = Set<Int>()
    for i in labels.indices where !isPart[i] {
      let rank = streamRank(labels[i])
      var below: [Int] = []
      var j = i + 1
      while j < labels.count, isPart[j] || streamRank(labels[j]) > rank {
        if !isPart[j] { below.append(j) }
        j += 1
      }
      guard let top = below.map({ streamRank(labels[$0]) }).min() else { continue }
      let children = below.filter { streamRank(labels[$0]) == top }
      for c in columns {
        guard FlatRows.addsUp(cells[i][c], children.map { cells[$0][c] }) else { return false }
      }
      covered.insert(i)
      covered.formUnion(children)
    }
    for i in labels.indices where isPart[i] {
      guard let whole = labels[..<i].indices.last(where: { !isPart[$0] }),
        covered.contains(whole),
        columns.allSatisfy({
          meanings[$0].kind != .amount || notLarger(cells[i][$0], cells[whole][$0])
        })
      else { return false }
      covered.insert(i)
    }
    return covered.count == labels.count
  }

  /// A part's amount is not larger than its whole's.
  static func notLarger(_ part: CellToken, _ whole: CellToken) -> Bool {
    guard let p = part.decimal, let w = whole.decimal else { return false }
    let scale = max(p.scale, w.scale)
    guard w.significand >= 0, p.significand >= 0 else { return true }
    return p.scaled(to: scale) <= w.scaled(to: scale)
  }
}
