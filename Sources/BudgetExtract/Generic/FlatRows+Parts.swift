import BudgetModel

/// The parts of a flattened two-level header, named and proven (`FlatRows`): `平成30年度
/// 平成31年度 増△減 通常分 臨時・特別の措置 うち、通常分` over rows `977,128 1,014,571 994,291
/// 20,280 37,443 17,163`, where `FlatRows.layout` placed the header's columns (A, B, C) and left
/// the cells between them as parts (`.other`).
extension FlatRows {
  /// The meanings with each part named by the header's own part words (in printed order, as
  /// many words as part cells) and marked as a part of its column (`ColumnMeaning.partOf`)
  /// when every row proves it: the parts after an amount column add up to it (two or more,
  /// one row at least printing two); the part after a change column is the same part of the
  /// later amount minus the earlier amount (or its same part, when that column has parts):
  /// its word names that part (`うち、通常分` ~ `通常分`) and the difference holds on every
  /// row. Anything else leaves the parts `other` (reported).
  static func provenParts(
    _ meanings: [ColumnMeaning], words: [String], rows: [[CellToken]]
  ) -> [ColumnMeaning] {
    let slots = meanings.indices.filter { meanings[$0].kind == .other }
    guard !slots.isEmpty, words.count == slots.count, !rows.isEmpty,
      rows.allSatisfy({ $0.count == meanings.count })
    else { return meanings }
    var proven = meanings
    for (slot, word) in zip(slots, words) { proven[slot].header = word }
    // The column each part stands under: the last amount or change column before it.
    func owner(_ k: Int) -> Int? {
      meanings[..<k].lastIndex { $0.kind == .amount || $0.kind == .change }
    }
    for g in Set(slots.compactMap(owner)).sorted() where meanings[g].kind == .amount {
      let parts = slots.filter { owner($0) == g }
      guard parts.count >= 2,
        rows.allSatisfy({ row in addsUp(row[g], parts.map { row[$0] }) }),
        rows.contains(where: { row in parts.filter { row[$0].decimal != nil }.count >= 2 })
      else { continue }
      for p in parts { proven[p].partOf = g }
    }
    for relation in ColumnMeaning.relations(meanings) where !relation.isQuotient {
      let c = relation.result
      for k in slots where owner(k) == c {
        guard let later = samePart(k, of: relation.lhs, proven),
          let earlier = samePart(k, of: relation.rhs, proven)
            ?? (proven.contains { $0.partOf == relation.rhs } ? nil : relation.rhs),
          rows.allSatisfy({ differenceHolds($0[later], $0[earlier], $0[k]) })
        else { continue }
        proven[k].partOf = c
      }
    }
    for k in slots where proven[k].partOf == nil { proven[k].header = meanings[k].header }
    return proven
  }

  /// The part words of a flattened header: the tokens after the shortest start that names
  /// every column the header does (`平成30年度 平成31年度 増△減`), one word per token except
  /// that a token after `・` or `、`, a hiragana alone (`の`) and a one-character token after
  /// one continue the word (`臨時・ 特別 の 措 置` is one word).
  static func partWords(_ tokens: [String], _ header: [ColumnMeaning]) -> [String] {
    let named = header.filter { $0.kind != .other }.count
    guard named > 0,
      let start = (1...tokens.count).first(where: {
        FlatHeader.meanings(Array(tokens[..<$0])).filter { $0.kind != .other }.count == named
      })
    else { return [] }
    var words: [String] = []
    var previous = ""
    for token in tokens[start...] {
      let continues =
        words.last.map { $0.hasSuffix("・") || $0.hasSuffix("、") } == true
        || (token.count == 1
          && (previous.count == 1
            || token.unicodeScalars.allSatisfy { (0x3041...0x3096).contains($0.value) }))
      if continues, !words.isEmpty { words[words.count - 1] += token } else { words.append(token) }
      previous = token
    }
    return words
  }

  /// The proven part of column `g` that the part `k`'s word names (`うち、通常分` names
  /// `通常分`): exactly one.
  static func samePart(_ k: Int, of g: Int, _ meanings: [ColumnMeaning]) -> Int? {
    func bare(_ word: String) -> String {
      var w = Substring(word)
      if w.hasPrefix("うち") { w = w.dropFirst(2) }
      while let first = w.first, "、,・ ".contains(first) { w = w.dropFirst() }
      return String(w)
    }
    let name = bare(meanings[k].header)
    let found = meanings.indices.filter {
      $0 != k && meanings[$0].partOf == g && bare(meanings[$0].header) == name
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Whether x − y = z at the printed precision (an empty cell is no figure: fails).
  static func differenceHolds(_ x: CellToken, _ y: CellToken, _ z: CellToken) -> Bool {
    guard let a = x.decimal, let b = y.decimal, let c = z.decimal else { return false }
    let scale = max(a.scale, b.scale, c.scale)
    let diff = abs(a.scaled(to: scale) - b.scaled(to: scale) - c.scaled(to: scale))
    return diff <= TableArithmetic.pow10(scale - min(a.scale, b.scale, c.scale))
  }

  /// The rates printed before a row's label for a proven part of a rated change column
  /// (`(3.8%) (1.8%)`: the change's, then its part's): the rows are read again with a rate
  /// column after each such part, kept only when every printed part rate is the part over the
  /// change rate's base (17,163 / 977,128 = 1.8%) and at least one is printed; it is a part of
  /// the change's rate column (`partOf`). Otherwise the first reading stands (the part rates
  /// reported).
  mutating func readPartRates(_ segments: [Segment], layout: [ColumnMeaning], rated: [Int]) {
    var position: [Int] = []
    var m = 0
    for k in layout.indices {
      position.append(m)
      m += rated.contains(k) ? 2 : 1
    }
    guard let firstChange = layout.firstIndex(where: { $0.kind == .change }) else { return }
    let most = segments.filter { FlatTable.label($0.words) != nil }.map(\.rates.count).max() ?? 0
    let parts = layout.indices.filter { k in
      guard k >= firstChange, k < firstChange + most, !rated.contains(k),
        let g = meanings[position[k]].partOf
      else { return false }
      return rated.contains { position[$0] == g }
    }
    guard !parts.isEmpty else { return }
    let first = self
    let all = (rated + parts).sorted()
    var shifted: [Int] = []
    var read: [ColumnMeaning] = []
    for k in layout.indices {
      shifted.append(read.count)
      read.append(first.meanings[position[k]])
      if all.contains(k) {
        read.append(ColumnMeaning(kind: parts.contains(k) ? .other : .ratePercent, header: ""))
        read[read.count - 1].header = "(\(read[read.count - 2].header)の率%)"
      }
    }
    for k in read.indices {
      guard let g = read[k].partOf, let old = position.firstIndex(of: g) else { continue }
      read[k].partOf = shifted[old]
    }
    rows = []
    cellRows = []
    unexplained = []
    meanings = read
    for segment in segments { take(segment, layout: layout, rated: all) }
    let relations = ColumnMeaning.relations(meanings)
    var printed = false
    for k in parts {
      let p = shifted[k]
      guard let c = meanings[p].partOf,
        let base = relations.first(where: { $0.result == c + 1 && $0.isQuotient })?.rhs
      else {
        self = first
        return
      }
      let relation = ColumnRelation(result: p + 1, lhs: p, rhs: base, isQuotient: true)
      for row in cellRows {
        guard let holds = TableArithmetic.holds(relation, row) else { continue }
        guard holds else {
          self = first
          return
        }
        printed = true
      }
      meanings[p + 1].partOf = c + 1
    }
    if !printed || rows.count != first.rows.count { self = first }
  }
}
