import BudgetModel

/// `歳入 徴収決定済額(千円) 収納済歳入額(千円) 不納欠損額(千円) 収納未済歳入額(千円)` / `20年度` /
/// `19年度` / `1,468,596,324` / `1,453,528,439` / … (会計検査院's 決算検査報告 as a converter
/// flattens its table: the words on one line, the years one per line, then every cell on a
/// line of its own): the cells may come down each word's column (a word's cell of each year,
/// then the next word's) or across each year's row (a year's cell of each word, then the next
/// year's), and a cell left empty is not printed at all. Neither order is assumed: every
/// order and every placement of the missing cells (at most two) is tried, and the block is
/// read only when exactly one of them makes the account's identities hold in every year
/// column, each settled amount in one of them (`provenSettled`). Two readings that both hold
/// (equal cells, or too few identities to tell them apart) leave the block unread.
extension SettlementAccount {
  /// The block read as rows, as rows of years, or as cells one per line.
  static func reading(_ lines: [[Token]], unitAbove: String?) -> Reading? {
    read(lines, unitAbove: unitAbove) ?? readYearRows(lines, unitAbove: unitAbove)
      ?? readCellsDown(lines, unitAbove: unitAbove)
  }

  static func readCellsDown(_ lines: [[Token]], unitAbove: String?) -> Reading? {
    guard let block = CellsDown(lines) else { return nil }
    let slots = block.roles.count * block.years.count
    let missing = slots - block.cells.count
    guard block.roles.count >= 2, block.years.count >= 2, (0...2).contains(missing),
      let unit = block.units.count == 1
        ? block.units.first : block.units.isEmpty ? unitAbove : nil
    else { return nil }
    var found: [Reading] = []
    for empty in emptyPlacements(slots: slots, missing: missing) {
      for acrossRows in [false, true] {
        let reading = block.reading(acrossRows: acrossRows, empty: empty, unit: unit)
        if settledPrinted(reading), provenSettled(reading) != nil { found.append(reading) }
        guard found.count < 2 else { return nil }
      }
    }
    return found.first
  }

  /// Every set of `missing` slots (in order) among `slots`.
  static func emptyPlacements(slots: Int, missing: Int) -> [[Int]] {
    switch missing {
    case 0: return [[]]
    case 1: return (0..<slots).map { [$0] }
    default:
      return (0..<slots).flatMap { a in ((a + 1)..<slots).map { [a, $0] } }
    }
  }

  /// The block's words (one header), its years (one per line, or on one line) and its cells
  /// (one per line), in the order they are printed.
  struct CellsDown {
    var roles: [(SettlementHeader.Role, String)] = []
    var years: [String] = []
    var units = Set<String>()
    var cells: [CellToken] = []

    init?(_ lines: [[Token]]) {
      for line in lines {
        guard take(line) else { return nil }
      }
      guard !roles.isEmpty, !cells.isEmpty,
        Set(roles.map { "\($0.0)" }).count == roles.count
      else { return nil }
    }

    /// One line: header words before any year, years before any cell, one cell per line.
    mutating func take(_ line: [Token]) -> Bool {
      let printed = line.filter { token in
        if case .unit(let unit) = token { units.insert(unit) }
        return !token.isAside
      }
      if printed.isEmpty { return true }
      var lineRoles: [(SettlementHeader.Role, String)] = []
      var lineYears: [String] = []
      var lineCells: [CellToken] = []
      for token in printed {
        switch token {
        case .role(let role, let label): lineRoles.append((role, label))
        case .year(let year): lineYears.append(year)
        case .cell(let cell): lineCells.append(cell)
        default: return false
        }
      }
      switch (lineRoles.isEmpty, lineYears.isEmpty, lineCells.count) {
      case (false, true, 0) where years.isEmpty && cells.isEmpty: roles += lineRoles
      case (true, false, 0) where !roles.isEmpty && cells.isEmpty: years += lineYears
      case (true, true, 1) where !years.isEmpty: cells += lineCells
      default: return false
      }
      return true
    }

    /// The account with the cells placed down each word's column or across each year's row,
    /// the slots in `empty` left without a figure.
    func reading(acrossRows: Bool, empty: [Int], unit: String) -> Reading {
      let width = years.count
      var entries = roles.map { Entry(role: $0.0, label: $0.1) }
      for k in entries.indices {
        entries[k].cells = Array(
          repeating: CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: 0),
          count: width)
      }
      var next = 0
      for slot in 0..<(roles.count * width) {
        let (word, year) =
          acrossRows ? (slot % roles.count, slot / roles.count) : (slot / width, slot % width)
        if empty.contains(slot) {
          // An empty cell stands where the cell before it was printed.
          entries[word].cells[year].line = cells[max(next - 1, 0)].line
          continue
        }
        entries[word].cells[year] = cells[next]
        next += 1
      }
      return Reading(years: years, unit: unit, entries: entries)
    }
  }
}

extension SettlementAccount {
  /// Whether every settled entry prints its figure in every year column.
  static func settledPrinted(_ reading: Reading) -> Bool {
    reading.entries.allSatisfy { entry in
      !settled.contains(entry.role) || entry.cells.allSatisfy { $0.figure.amount != nil }
    }
  }
}
