import BudgetModel

/// A settlement account (歳入歳出決算) printed in any of the arrangements a PDF or web page
/// gives it, read as one block of lines made of nothing but its words, years, units and cells:
///
/// - rows on one line each: `区分 5年度 (4年度)` / `(歳入)` / `収納済歳入額 6,144,040,672 …`,
///   a row's cells also one per line after their label, each after a unit (`千円` / `6,144,372,967`);
/// - one cell per line between `|` lines with each label printed once per year column:
///   `19年度` / `千円` / `(18年度)` / `千円` / `徴収決定済額` / `2,331,692,143` / `徴収決定済額` / `2,193,466,778`;
/// - the account's words as the header and the years as rows (transposed):
///   `歳入 | 徴収決定済額(千円) | 収納済歳入額(千円) | …` / `22年度 21年度 |` / `160,415,166 175,750,850 |` …,
///   one line per word, in the header's order.
///
/// The reading is kept only when the account's own identities hold in every year column
/// (徴収決定済額 = 収納済歳入額 + 不納欠損額 + 収納未済歳入額; 歳出予算現額 = 支出済歳出額 +
/// 翌年度繰越額 + 不用額; 収納済歳入額 = 歳入予算額 + 差引額), each settled amount in one that is
/// checked (a part not printed at all counts as nothing only when the total and two parts
/// are printed), and the block states exactly one unit.
enum SettlementAccount {
  enum Token: Equatable {
    case year(String)
    case unit(String)
    case section
    case role(SettlementHeader.Role, String)
    case cell(CellToken)
    case filler
  }

  struct Entry {
    var role: SettlementHeader.Role
    var label: String
    var cells: [CellToken] = []

    /// This line of the account reported: only the settled amount is exported.
    var notExported: Diagnostic {
      Diagnostic(
        kind: .unrecognizedLine,
        message:
          "a line of the settlement account other than the settled amount (\(label)) is not exported",
        text: label, span: SourceSpan(line: cells[0].line))
    }
  }

  struct Reading {
    var years: [String]
    var unit: String
    var entries: [Entry]
    /// Rows of a year that print fewer cells than the account's words (its empty cells left
    /// out): which word each cell is, is not known; their lines, reported.
    var shortRows: [Int] = []
  }

  static let shortRowMessage =
    "a row of the settlement account that leaves out cells (fewer than its words): which word each cell is, is not certain; not exported"

  static let unitWords = ["百万円", "千円", "円"]
  static let emptyWords: Set<String> = ["—", "-", "−", "―", "‐", "ー", "─"]

  /// The tokens of a line, or nil when a word of it is none of the account's.
  static func tokens(_ text: String, line: Int, parser: FigureParser) -> [Token]? {
    let words = Tokens.split(text)
    var out: [Token] = []
    var k = 0
    while k < words.count {
      if let token = token(words[k], line: line, parser: parser) {
        out += token
        k += 1
        continue
      }
      // A word printed with spaces between its characters (`収 納 済 歳 入 額`).
      var joined = words[k]
      var found: [Token]?
      var end = k + 1
      while end < words.count, end - k < 12, found == nil {
        guard !words[end].contains(where: \.isASCIIDigitCharacter) else { break }
        joined += words[end]
        end += 1
        found = token(joined, line: line, parser: parser)
      }
      guard let tokens = found else { return nil }
      out += tokens
      k = end
    }
    return out
  }

  /// One word's tokens (a word and the unit glued after it give two).
  static func token(_ word: String, line: Int, parser: FigureParser) -> [Token]? {
    if emptyWords.contains(word) {
      return [.cell(CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: line))]
    }
    if word.first?.isASCIIDigitCharacter == true || word.first == "▲" || word.first == "△" {
      // A cell with its unit glued (`160,415,166千円`): the bare cell and the unit.
      let unit = unitWords.first { word.hasSuffix($0) }
      let bare = String(word.dropLast(unit?.count ?? 0))
      if let cell = CellToken.parse(
        bare.replacingOccurrences(of: "△", with: "▲"), line: line, parser: parser),
        !cell.isPercent, !cell.hasUnit, cell.figure.amount != nil
      {
        return [.cell(cell)] + (unit.map { [.unit($0)] } ?? [])
      }
    }
    var rest = Substring(word)
    var unit: String?
    for candidate in unitWords {
      for form in ["(単位:\(candidate))", "単位:\(candidate)", "(\(candidate))", candidate]
      where rest.hasSuffix(form) {
        unit = candidate
        rest = rest.dropLast(form.count)
        break
      }
      if unit != nil { break }
    }
    let tail: [Token] = unit.map { [.unit($0)] } ?? []
    if rest.isEmpty { return tail }
    let core = String(rest)
    if ["区分", "区", "分", "備考"].contains(core) { return [.filler] + tail }
    if isSection(core) { return [.section] + tail }
    if let role = SettlementHeader.role(of: core) { return [.role(role, core)] + tail }
    if isYear(core) { return [.year(core)] + tail }
    return nil
  }

  /// `歳入`, `(歳出)`, `<歳入>`: the account's two sides.
  static func isSection(_ word: String) -> Bool {
    var core = Substring(word)
    if let first = core.first, "(<〈【[〔".contains(first), core.count > 2 {
      core = core.dropFirst().dropLast()
    }
    return core == "歳入" || core == "歳出"
  }

  /// `5年度`, `(4年度)`, `平成22年度`: a year with nothing else.
  static func isYear(_ word: String) -> Bool {
    var core = Substring(word)
    if core.first == "(", core.last == ")" { core = core.dropFirst().dropLast() }
    for era in ["平成", "令和", "昭和"] where core.hasPrefix(era) { core = core.dropFirst(2) }
    guard core.hasSuffix("年度") else { return false }
    let digits = core.dropLast(2)
    return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCIIDigitCharacter)
      || digits == "元"
  }
}

extension SettlementAccount {
  /// The block's reading: its years (every year line of the block the same), its one unit
  /// and its rows, each with one cell per year; nil when the tokens are no account.
  static func read(_ lines: [[Token]], unitAbove: String? = nil) -> Reading? {
    var parser = Parser()
    parser.unitAbove = unitAbove
    for line in lines {
      guard parser.take(line) else { return nil }
    }
    return parser.reading()
  }

  struct Parser {
    var years: [String] = []
    var yearLine: [String] = []
    var units = Set<String>()
    var entries: [Entry] = []
    var roles: [(SettlementHeader.Role, String)] = []
    var cells: [[CellToken]] = []
    /// The unit stated right above the block, for a block that prints none.
    var unitAbove: String?

    /// Ends the words read since the last cells with the cells after them: one word takes
    /// them (or adds them to its row when its label is printed once per year column), several
    /// words printed as a header take one line of cells each, in their order.
    mutating func flush() -> Bool {
      defer {
        roles = []
        cells = []
      }
      let all = cells.flatMap { $0 }
      if roles.isEmpty { return all.isEmpty }
      if roles.count == 1 {
        if let last = entries.last, last.role == roles[0].0, last.cells.count < years.count {
          entries[entries.count - 1].cells += all
        } else {
          entries.append(Entry(role: roles[0].0, label: roles[0].1, cells: all))
        }
        return true
      }
      guard cells.count == roles.count, cells.allSatisfy({ $0.count == years.count }) else {
        return false
      }
      for (role, line) in zip(roles, cells) {
        entries.append(Entry(role: role.0, label: role.1, cells: line))
      }
      return true
    }

    /// One line's tokens; false when they break the account's order.
    mutating func take(_ line: [Token]) -> Bool {
      var lineCells: [CellToken] = []
      for token in line {
        switch token {
        case .year(let year):
          guard cells.isEmpty || roles.count > 1 else { return false }
          yearLine.append(year)
        case .unit(let unit): units.insert(unit)
        case .filler: continue
        case .section:
          if !lineCells.isEmpty { cells.append(lineCells) }
          lineCells = []
          guard flush() else { return false }
        case .role(let role, let label):
          if !cells.isEmpty || !lineCells.isEmpty {
            if !lineCells.isEmpty { cells.append(lineCells) }
            lineCells = []
            guard flush() else { return false }
          }
          roles.append((role, label))
        case .cell(let cell):
          guard !roles.isEmpty, !years.isEmpty || !yearLine.isEmpty else { return false }
          lineCells.append(cell)
          if !yearLine.isEmpty {
            guard years.isEmpty || years == yearLine else { return false }
            years = yearLine
            yearLine = []
          }
        }
      }
      if !lineCells.isEmpty { cells.append(lineCells) }
      return true
    }

    mutating func reading() -> Reading? {
      guard flush(), yearLine.isEmpty || yearLine == years, (1...4).contains(years.count),
        let unit = units.count == 1 ? units.first : units.isEmpty ? unitAbove : nil,
        entries.allSatisfy({ $0.cells.count == years.count }),
        Set(entries.map { "\($0.role)" }).count == entries.count
      else { return nil }
      return Reading(years: years, unit: unit, entries: entries)
    }
  }

  static let settled: Set<SettlementHeader.Role> = [.settledRevenue, .settledExpenditure]

  /// The settled entries the identities prove, or nil when an identity checked fails in a
  /// column or a settled amount is in none checked.
  static func provenSettled(_ reading: Reading) -> [Int]? {
    let roles = reading.entries.map(\.role)
    let identities: [(total: SettlementHeader.Role, parts: [SettlementHeader.Role])] = [
      (.settledRevenue, [.revenueBudget, .difference]),
      (.determined, [.settledRevenue, .lost, .unpaid]),
      (
        roles.contains(.expenditureBudget) ? .expenditureBudget : .appropriation,
        [.settledExpenditure, .carried, .unused]
      ),
    ]
    var proven = Set<SettlementHeader.Role>()
    for identity in identities {
      guard let total = roles.firstIndex(of: identity.total) else { continue }
      let parts = identity.parts.compactMap { roles.firstIndex(of: $0) }
      guard parts.count >= 2 || collectedWhole(reading, total: total, parts: parts) else {
        continue
      }
      for k in reading.years.indices {
        let column = reading.entries.map { $0.cells[k] }
        guard SettlementHeader.holds(total: total, parts: parts, column) == true else {
          return nil
        }
      }
      proven.formUnion([identity.total] + parts.map { roles[$0] })
    }
    let kept = roles.indices.filter { settled.contains(roles[$0]) }
    guard !kept.isEmpty, kept.allSatisfy({ proven.contains(roles[$0]) }) else { return nil }
    return kept
  }
}

extension SettlementHeader {
  static let settledWords = ["支出済歳出額", "収納済歳入額", "決算額"]

  /// `ア 支出済歳出額`, `(ア)収納済歳入額`, `1 決算額`, `①支出済歳出額` (spaces removed): a
  /// heading of an outline whose mark (a katakana, a number or a circled number, alone or in
  /// parentheses, a number with its dot) is followed by nothing but a settled amount's words.
  static func isMarkedSettledHeading(_ compact: Substring) -> Bool {
    guard let word = settledWords.first(where: { compact.hasSuffix($0) }) else { return false }
    let mark = compact.dropLast(word.count)
    var core = mark
    if core.first == "(", core.last == ")", core.count >= 3 {
      core = core.dropFirst().dropLast()
    } else if core.last == "." || core.last == "．", core.count >= 2 {
      core = core.dropLast()
    }
    guard !core.isEmpty else { return false }
    if core.count == 1, let s = core.unicodeScalars.first {
      return (0x30A2...0x30F3).contains(s.value) || (0x2460...0x2473).contains(s.value)
        || s.properties.numericType != nil
    }
    return core.count == 2 && core.allSatisfy(\.isASCIIDigitCharacter)
  }
}

extension SettlementAccount {
  /// `区分 | 徴収決定済額 | 収納済歳入額 | 不納欠損額 | 収納未済歳入額 |` over `22年度 | 160,415,166 | …`
  /// and `21年度 | 175,750,850 | …`: the account's words as the header and one row per year,
  /// each a year and one cell per word. Read as the same account turned (a row per word, a
  /// column per year), so that each settled cell takes its own row's year.
  static func readYearRows(_ lines: [[Token]], unitAbove: String?) -> Reading? {
    // Lines of nothing but units or fillers may come before the header.
    let lead = lines.prefix { $0.allSatisfy { if case .role = $0 { false } else { $0.isAside } } }
    guard lead.count < lines.count else { return nil }
    var units = Set<String>()
    var entries: [Entry] = []
    for token in lead.joined() + lines[lead.count] {
      switch token {
      case .role(let role, let label): entries.append(Entry(role: role, label: label))
      case .unit(let unit): units.insert(unit)
      case .filler, .section: continue
      default: return nil
      }
    }
    guard !entries.isEmpty else { return nil }
    var years: [String] = []
    var short: [Int] = []
    for line in lines.dropFirst(lead.count + 1) {
      var year: String?
      var cells: [CellToken] = []
      for token in line {
        switch token {
        case .year(let printed) where cells.isEmpty && year == nil: year = printed
        case .cell(let cell) where year != nil: cells.append(cell)
        case .unit(let unit): units.insert(unit)
        default: return nil
        }
      }
      // A year's row of fewer cells (the page leaves empty cells out) places none of them.
      if let line = cells.first?.line, cells.count < entries.count {
        short.append(line)
        continue
      }
      guard let year, cells.count == entries.count else { return nil }
      years.append(year)
      for k in entries.indices { entries[k].cells.append(cells[k]) }
    }
    guard entries.count >= 2, (1...4).contains(years.count),
      Set(entries.map { "\($0.role)" }).count == entries.count,
      let unit = units.count == 1 ? units.first : units.isEmpty ? unitAbove : nil
    else { return nil }
    return Reading(years: years, unit: unit, entries: entries, shortRows: short)
  }
}

extension SettlementAccount.Token {
  /// A unit, a filler or a side of the account: no word or cell of its own.
  var isAside: Bool {
    switch self {
    case .unit, .filler, .section: true
    default: false
    }
  }
}
