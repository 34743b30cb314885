import BudgetModel

/// A two-level header printed as one flat run: the column groups first, then the same parts
/// (`うち…`) once under each group (national-r2-shuyo-keihi-rinji-finance):
/// `令和元年度予算(当初)令和2年度予算(当初)増減額うち通常分うち臨時・特別の措置うち通常分
/// うち臨時・特別の措置うち通常分うち臨時・特別の措置`. Each group is a total column followed
/// by its parts: `令和元年度予算(当初)`, `令和元年度予算(当初)うち通常分`, … The parts are
/// `other` columns (reported, never exported); a row is read only when each group's parts add
/// up to its total (`-` as zero, one unit of rounding per part) besides the groups' own
/// arithmetic (B − A = C).
struct RepeatedPartsHeader {
  var header: String
  /// The text after the header: the first row's label.
  var label: String
  var meanings: [ColumnMeaning]
  /// The number of parts under each group.
  var parts: Int

  /// Reads the header at the start of `text`: groups that `ColumnHeader` reads as two or more
  /// amount and change columns, then `うち` words repeated once per group exactly.
  static func read(_ text: String) -> RepeatedPartsHeader? {
    guard let first = text.range(of: "うち") else { return nil }
    let groups = ColumnHeader.meanings(String(text[..<first.lowerBound]))
    guard groups.count >= 2, groups.allSatisfy({ $0.kind == .amount || $0.kind == .change })
    else { return nil }
    let rest = String(text[first.lowerBound...])
    let words = rest.components(separatedBy: "うち").dropFirst().map { "うち" + $0 }
    var found: [RepeatedPartsHeader] = []
    for k in 1...4 where words.count >= k * groups.count {
      let parts = Array(words.prefix(k))
      let repeated = String(repeating: parts.joined(), count: groups.count)
      guard rest.hasPrefix(repeated), parts.allSatisfy({ $0.count > 2 }) else { continue }
      var meanings: [ColumnMeaning] = []
      for group in groups {
        meanings.append(group)
        for part in parts {
          meanings.append(ColumnMeaning(kind: .other, header: group.header + part))
        }
      }
      let end = text.index(first.lowerBound, offsetBy: repeated.count)
      found.append(
        RepeatedPartsHeader(
          header: String(text[..<end]), label: String(text[end...]), meanings: meanings,
          parts: k))
    }
    return found.count == 1 ? found[0] : nil
  }

  /// Whether every group's parts add up to its total (`-` as zero; a group whose total is `-`
  /// has no part printed); at least one group must print a part.
  func sumsHold(_ cells: [CellToken]) -> Bool {
    guard cells.count == meanings.count else { return false }
    var printed = 0
    for start in stride(from: 0, to: cells.count, by: parts + 1) {
      let total = cells[start].decimal
      let values = cells[(start + 1)...(start + parts)].map(\.decimal)
      guard let total else {
        if values.contains(where: { $0 != nil }) { return false }
        continue
      }
      let present = values.compactMap { $0 }
      guard !present.isEmpty, present.allSatisfy({ $0.scale == total.scale }) else { return false }
      printed += 1
      let sum = present.reduce(Int64(0)) { $0 + $1.significand }
      guard abs(sum - total.significand) <= Int64(parts) else { return false }
    }
    return printed > 0
  }

  /// The meanings with each part marked as a part of its group's column (`partOf`) when the
  /// rows prove them besides their sums (`sumsHold`): the groups' own relations (B − A = C)
  /// hold between the same part of each group in every row (`-` as zero: a part absent in
  /// both years has no change), and at least one row checks a part with every figure
  /// printed. A rate or ratio among the groups, or any row that fails, leaves every part
  /// `other` (reported).
  func provenMeanings(_ rows: [[CellToken]]) -> [ColumnMeaning] {
    let groups = Array(stride(from: 0, to: meanings.count, by: parts + 1))
    let relations = ColumnMeaning.relations(groups.map { meanings[$0] })
    guard !relations.isEmpty, relations.allSatisfy({ !$0.isQuotient }), !rows.isEmpty,
      rows.allSatisfy({ $0.count == meanings.count && sumsHold($0) })
    else { return meanings }
    var printedCheck = false
    for row in rows {
      for p in 1...parts {
        let values = groups.map { g -> DecimalNumber? in
          row[g + p].decimal
            ?? (row[g + p].isDamaged ? nil : DecimalNumber(significand: 0, scale: 0))
        }
        for relation in relations {
          guard let x = values[relation.lhs], let y = values[relation.rhs],
            let z = values[relation.result]
          else { return meanings }
          let scale = max(x.scale, y.scale, z.scale)
          let diff = abs(x.scaled(to: scale) - y.scaled(to: scale) - z.scaled(to: scale))
          guard diff <= TableArithmetic.pow10(scale - min(x.scale, y.scale, z.scale)) else {
            return meanings
          }
          if [relation.lhs, relation.rhs, relation.result].allSatisfy({
            row[groups[$0] + p].decimal != nil
          }) {
            printedCheck = true
          }
        }
      }
    }
    guard printedCheck else { return meanings }
    var proven = meanings
    for g in groups {
      for p in 1...parts { proven[g + p].partOf = g }
    }
    return proven
  }

  /// The header printed on lines of their own (`令和元年度予算(当初) 令和2年度予算(当初) 増減額`
  /// over `うち通常分 うち臨時・特別の措置` repeated once per group): read as the flat run is,
  /// with nothing after it; nil when the lines are not that header.
  static func lines(_ texts: [String]) -> [ColumnMeaning]? {
    guard texts.count >= 2 else { return nil }
    let compact = texts.joined().filter { $0 != " " }
    guard let read = read(compact), read.label.isEmpty else { return nil }
    return read.meanings
  }

  /// The meanings of a table whose columns are groups each followed by the same `うち` parts
  /// (as `read` gives them), with the parts proven by the kept rows (`provenMeanings`);
  /// any other meanings unchanged.
  static func proven(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> [ColumnMeaning] {
    guard let first = meanings.first, first.kind != .other,
      let k = meanings.dropFirst().firstIndex(where: { $0.kind != .other }).map({ $0 - 1 }),
      k >= 1, meanings.count % (k + 1) == 0
    else { return meanings }
    let words = meanings[1...k].map { String($0.header.dropFirst(first.header.count)) }
    for g in stride(from: 0, to: meanings.count, by: k + 1) {
      guard meanings[g].kind == .amount || meanings[g].kind == .change else { return meanings }
      for p in 1...k
      where meanings[g + p].kind != .other
        || meanings[g + p].header != meanings[g].header + words[p - 1]
      {
        return meanings
      }
    }
    guard words.allSatisfy({ $0.hasPrefix("うち") && $0.count > 2 }) else { return meanings }
    let header = RepeatedPartsHeader(header: "", label: "", meanings: meanings, parts: k)
    return header.provenMeanings(rows)
  }
}
