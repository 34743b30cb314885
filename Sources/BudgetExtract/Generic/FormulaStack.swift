import BudgetModel

/// A table printed one cell per line whose header names its columns by formulas over letters
/// (`C=A+B`, `E=C+D`, `F=E-A`: 財務省's 租税及印紙収入予算額, national-h29-sozei-setsumei lines
/// 19-210), the header words scrambled over many lines and the row names one character per
/// line around their figures.
///
/// What the rows prove: a run of six cells (the letters A… in order; `―` as nothing, a `△`
/// on the line before a figure its sign) is a row when every formula holds exactly on it.
/// The one difference formula `F=E-A` between a column no formula defines (A) and one a sum
/// defines (E) says which are the two years' amounts and which their change: the header's
/// two years one apart (`28 年 度`, `29 年 度`) give the earlier one to A (`予算額` printed under
/// it) and the later one to E (`(予算額)` in the header). The other columns (現行法による…,
/// 税制改正による…) are no measure of the schema. A row whose name is not printed right before
/// its cells in two characters or more (`税` … `酒`) is reported. A run one cell short of a row
/// is read only as `shortRow` says.
enum FormulaStack {
  struct Formula: Equatable {
    var result: Character
    var lhs: Character
    var rhs: Character
    var subtracts: Bool
  }

  enum Item: Equatable {
    case cell(Int64?, line: Int)
    case sign(line: Int)
    case text(String, line: Int)
  }

  /// `C=A+B`, `F=E-A`.
  static func formula(_ token: String) -> Formula? {
    let s = Array(token)
    guard s.count == 5, s[1] == "=", s[3] == "+" || s[3] == "-" || s[3] == "−",
      [s[0], s[2], s[4]].allSatisfy(\.isASCIIUppercaseLetter), Set([s[0], s[2], s[4]]).count == 3
    else { return nil }
    return Formula(result: s[0], lhs: s[2], rhs: s[4], subtracts: s[3] != "+")
  }

  /// The letters of the formulas when they are the first n letters of the alphabet (n ≥ 4),
  /// with exactly one difference between a letter no formula defines and one a formula does:
  /// (letters, minuend, subtrahend, difference).
  static func columns(_ formulas: [Formula]) -> (
    letters: [Character], later: Character, earlier: Character, change: Character
  )? {
    let letters = Set(formulas.flatMap { [$0.result, $0.lhs, $0.rhs] }).sorted()
    let defined = Set(formulas.map(\.result))
    let differences = formulas.filter(\.subtracts)
    guard letters.count >= 4, letters.first == "A",
      letters.enumerated().allSatisfy({ Int($1.asciiValue!) - 65 == $0 }),
      defined.count == formulas.count, differences.count == 1,
      let d = differences.first, defined.contains(d.lhs), !defined.contains(d.rhs)
    else { return nil }
    return (letters, d.lhs, d.rhs, d.result)
  }

  /// A row's name: the short lines of words printed right before its cells (at most eight, no
  /// digit, letter, `=` or parenthesis: header words stop it), two characters or more.
  static func name(_ items: [Item]) -> String? {
    var words: [String] = []
    for item in items.reversed() {
      guard case .text(let t, _) = item, t.count <= 10, words.count < 8,
        !t.contains(where: { $0.isASCIIDigitCharacter || $0.isASCIILetterCharacter }),
        !t.contains("="), !t.contains("("), !t.contains(")")
      else { break }
      words.insert(t, at: 0)
    }
    let name = words.joined()
    return name.count >= 2 ? name : nil
  }

  /// Whether every formula holds exactly on the row's cells (nil as nothing).
  static func holds(_ formulas: [Formula], _ cells: [Int64?], letters: [Character]) -> Bool {
    func value(_ c: Character) -> Int64 { cells[letters.firstIndex(of: c)!] ?? 0 }
    return formulas.allSatisfy { f in
      let right = f.subtracts ? value(f.lhs) - value(f.rhs) : value(f.lhs) + value(f.rhs)
      return right == value(f.result)
    }
  }

  /// A run one cell short of a row, between its name and the next text: its cells are every
  /// letter but the last when that letter is the result of one formula and read by none, and
  /// the other formulas, reading every other letter, hold on them exactly (相続税: 19,210 +
  /// 1,940 = 21,150, + ― = 21,150; its change printed elsewhere). The last cell stays empty.
  static func shortRow(_ cells: [Int64?], _ formulas: [Formula], letters: [Character])
    -> [Int64?]?
  {
    guard let last = letters.last, cells.count == letters.count - 1 else { return nil }
    let rest = formulas.filter { ![$0.result, $0.lhs, $0.rhs].contains(last) }
    guard formulas.count - rest.count == 1, formulas.contains(where: { $0.result == last }),
      rest.count >= 2, Set(rest.flatMap { [$0.result, $0.lhs, $0.rhs] }) == Set(letters.dropLast())
    else { return nil }
    let full = cells + [nil]
    return holds(rest, full, letters: letters) ? full : nil
  }

  /// The rows: windows of the letters' count of cells, with no text among them, on which every
  /// formula holds, the earlier and later amounts printed; each with the lines of its cells
  /// and the text lines printed right before it (its name).
  static func rows(_ items: [Item], _ formulas: [Formula], letters: [Character], required: [Int])
    -> [(cells: [Int64?], lines: [Int], name: [Item])]
  {
    var found: [(cells: [Int64?], lines: [Int], name: [Item])] = []
    var run: [(Int64?, Int)] = []
    var name: [Item] = []
    var texts: [Item] = []
    func close() {
      if run.count == letters.count - 1, FormulaStack.name(name) != nil,
        let cells = shortRow(run.map(\.0), formulas, letters: letters),
        required.allSatisfy({ cells[$0] != nil })
      {
        found.append((cells, run.map(\.1) + [run[run.count - 1].1], name))
        run = []
        return
      }
      var i = 0
      while i + letters.count <= run.count {
        let window = Array(run[i..<(i + letters.count)])
        let cells = window.map(\.0)
        if required.allSatisfy({ cells[$0] != nil }), holds(formulas, cells, letters: letters) {
          found.append((cells, window.map(\.1), i == 0 ? name : []))
          i += letters.count
        } else {
          i += 1
        }
      }
      run = []
    }
    var sign = false
    for item in items {
      switch item {
      case .sign: sign = true
      case .cell(let v, let line):
        if run.isEmpty { name = texts }
        texts = []
        run.append((sign ? v.map { -$0 } : v, line))
        sign = false
      case .text:
        if !run.isEmpty { close() }
        if sign { texts = [] }
        sign = false
        texts.append(item)
      }
    }
    close()
    return found
  }
}
