import BudgetModel

/// A header printed on two levels: a line of stage groups (`予算額(当初) 決算額`) over a line
/// of fiscal years (`23年度 24年度 25年度 23年度`). Each year column takes the stage of the
/// group printed above it.
///
/// Plain text does not keep how many years a group spans; the years' own order does: a
/// group's years run one way (each later, or each earlier, than the one before) and the next
/// group starts a new run. The reading is taken only when exactly one split of the years into
/// the groups, in one direction for all groups, gives such runs; otherwise the header is left
/// to `ColumnHeader` (and a reading it cannot make certain is reported, not exported).
enum TwoLevelHeader {
  struct Group: Equatable {
    var stage: ColumnMeaning.Stage
    var header: String
  }

  /// The columns of a two-level header (its last two lines; the lines before them name no
  /// column), or nil when the header is not of that shape or its split is not certain.
  static func meanings(_ texts: [String]) -> [ColumnMeaning]? {
    guard texts.count >= 2, let years = yearColumns(texts[texts.count - 1]),
      let groups = stageGroups(texts[texts.count - 2]), !groups.isEmpty,
      years.count >= groups.count,
      ColumnHeader.meanings(texts[..<(texts.count - 2)].joined(separator: " ")).isEmpty
    else { return nil }
    let keys = years.compactMap { ColumnMeaning.yearKey($0.fiscalYearLabel) }
    let classes = Set(keys.map { $0.era < 0 ? $0.era : 0 })
    guard keys.count == years.count, classes.count == 1,
      let sizes = uniqueSplit(keys.map { $0.era * 1000 + $0.n }, into: groups.count)
    else { return nil }
    var result: [ColumnMeaning] = []
    var k = 0
    for (group, size) in zip(groups, sizes) {
      for year in years[k..<k + size] {
        var column = year
        column.stage = group.stage
        column.header = group.header + year.header
        result.append(column)
      }
      k += size
    }
    return result
  }

  /// A line of fiscal years only (`23年度 24年度(B) 25年度`): one amount column per token.
  static func yearColumns(_ text: String) -> [ColumnMeaning]? {
    var columns: [ColumnMeaning] = []
    for token in text.split(separator: " ") {
      let read = ColumnHeader.meanings(String(token))
      guard read.count == 1, read[0].kind == .amount, read[0].fiscalYearLabel != nil,
        read[0].stage == nil
      else { return nil }
      columns.append(read[0])
    }
    return columns.isEmpty ? nil : columns
  }

  /// A line of stage groups (`目指すべき社会と主要施策 予算額(当初) 決算額`): words with no
  /// header word first (the label column's), then groups that each name one stage and no
  /// year; a word in parentheses qualifies the group before it.
  static func stageGroups(_ text: String) -> [Group]? {
    var tokens: [String] = []
    for token in text.split(separator: " ").map(String.init) {
      if token.hasPrefix("("), !tokens.isEmpty {
        tokens[tokens.count - 1] += token
      } else {
        tokens.append(token)
      }
    }
    var groups: [Group] = []
    for token in tokens {
      let read = ColumnHeader.meanings(token)
      if read.isEmpty && !ColumnHeader.hasHeaderWord(token) {
        // A label column's word; none may stand between two groups.
        guard groups.isEmpty else { return nil }
        continue
      }
      let stages = Set(read.compactMap(\.stage))
      guard let stage = stages.first, stages.count == 1,
        read.allSatisfy({
          $0.kind == .amount && $0.fiscalYearLabel == nil && $0.letter == nil
        })
      else { return nil }
      groups.append(Group(stage: stage, header: token))
    }
    return groups
  }

  /// The sizes of the one split of `keys` into `count` runs that each go one way (the same
  /// way for every run) with no year twice; nil when there is none or more than one.
  static func uniqueSplit(_ keys: [Int], into count: Int) -> [Int]? {
    var found: Set<[Int]> = []
    func runs(_ sizes: [Int], ascending: Bool) -> Bool {
      var k = 0
      for size in sizes {
        for i in k + 1..<k + size {
          if ascending ? keys[i] <= keys[i - 1] : keys[i] >= keys[i - 1] { return false }
        }
        k += size
      }
      return true
    }
    func split(_ sizes: [Int], _ left: Int) {
      if sizes.count == count - 1 {
        let all = sizes + [left]
        if runs(all, ascending: true) || runs(all, ascending: false) { found.insert(all) }
        return
      }
      guard left > count - sizes.count - 1 else { return }
      for size in 1...(left - (count - sizes.count - 1)) { split(sizes + [size], left - size) }
    }
    guard count >= 1, keys.count >= count else { return nil }
    split([], keys.count)
    return found.count == 1 ? found.first : nil
  }
}
