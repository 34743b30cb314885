import BudgetModel

/// A series of years as columns and a special account's amounts as rows, each row named by a
/// letter and one row's label printing its formula over the others (会計検査院's 特別会計 reports,
/// keisan-h22-tokkyo-tokkai-suii-kensain lines 16-34):
///
///     平成17年度 18年度 19年度 20年度 21年度 22年度
///     収納済歳入額(A) 2095億円 2431億円 2920億円 3072億円 3067億円 3108億円
///     支出済歳出額(E) 1046億円 1044億円 1073億円 1094億円 1093億円 1092億円
///     剰余金 剰余金(H)=(A)-(E) 1048億円 1387億円 1846億円 1977億円 1973億円 2015億円
///
/// The header is years only, one apart (the first may print its era), as many as every row's
/// cells. A formula row (`(H)=(A)-(E)`, `(D)=(E)+(F)+(G)`) must equal its operands' sum in
/// every year column, within one unit of the printed digit per operand beyond the first, all
/// its cells and its operands' in one unit; then its operands are proven in their columns,
/// and the operands that are settled amounts of the accounts law (収納済歳入額, 支出済歳出額) are
/// each year's settlement. Every other row stays reported.
enum LetterFormulaRows {
  struct Row: Equatable {
    var label: String
    var cells: [CellToken]
    var line: Int
  }

  struct Formula: Equatable {
    var result: String
    var terms: [(letter: String, sign: Int64)]

    static func == (a: Formula, b: Formula) -> Bool {
      a.result == b.result && a.terms.map(\.letter) == b.terms.map(\.letter)
        && a.terms.map(\.sign) == b.terms.map(\.sign)
    }
  }

  /// `平成17年度 18年度 … 22年度`: three or more years one apart, nothing else; their labels.
  static func years(_ text: String) -> [String]? {
    let meanings = ColumnHeader.meanings(text)
    guard meanings.count >= 3,
      meanings.allSatisfy({ $0.kind == .amount && $0.stage == nil && $0.fiscalYearLabel != nil })
    else { return nil }
    let labels = meanings.compactMap(\.fiscalYearLabel)
    let numbers = labels.map { label -> Int? in
      let digits = label.filter(\.isASCIIDigitCharacter)
      return label.hasPrefix("前") || label.hasPrefix("本") ? nil : Int(digits)
    }
    guard numbers.allSatisfy({ $0 != nil }),
      zip(numbers, numbers.dropFirst()).allSatisfy({ $0! + 1 == $1! }),
      labels.dropFirst().allSatisfy({ !$0.hasPrefix("令和") && !$0.hasPrefix("平成") })
    else { return nil }
    return labels
  }

  /// The letter a label ends with (`収納済歳入額(A)` → A).
  static func letter(_ label: String) -> String? {
    let c = Array(label.filter { $0 != " " })
    guard c.count >= 4, c[c.count - 1] == ")", c[c.count - 3] == "(",
      c[c.count - 2].isASCIIUppercaseLetter
    else { return nil }
    return String(c[c.count - 2])
  }

  /// `(H)=(A)-(E)`: the formula a label prints, or nil.
  static func formula(_ label: String) -> Formula? {
    let c = Array(label.filter { $0 != " " })
    guard let eq = c.firstIndex(of: "="), eq >= 3, c[eq - 1] == ")", c[eq - 3] == "(",
      c[eq - 2].isASCIIUppercaseLetter
    else { return nil }
    var terms: [(String, Int64)] = []
    var k = eq + 1
    var sign: Int64 = 1
    while k + 2 < c.count, c[k] == "(", c[k + 1].isASCIIUppercaseLetter, c[k + 2] == ")" {
      terms.append((String(c[k + 1]), sign))
      k += 3
      guard k < c.count else { break }
      switch c[k] {
      case "+", "＋": sign = 1
      case "-", "−", "ー", "－": sign = -1
      default: return nil
      }
      k += 1
    }
    guard k == c.count, terms.count >= 2 else { return nil }
    return Formula(result: String(c[eq - 2]), terms: terms)
  }

  /// A cell's number at scale 0 and its unit (`2095億円` → 2095, 億円).
  static func value(_ cell: CellToken) -> (Int64, String?)? {
    guard let amount = cell.figure.amount, amount.parts.count == 1, !cell.isPercent,
      amount.parts[0].number.scale == 0
    else { return nil }
    let n = amount.parts[0].number.significand
    return (amount.isNegative ? -n : n, amount.parts[0].unit)
  }

  /// The letters of the rows a formula row proves (its operands), or empty.
  static func proven(_ rows: [Row]) -> Set<String> {
    var byLetter: [String: Row] = [:]
    for row in rows {
      if let l = letter(row.label), byLetter[l] == nil { byLetter[l] = row }
    }
    var proven = Set<String>()
    for row in rows {
      guard let f = formula(row.label) else { continue }
      let operands = f.terms.compactMap { byLetter[$0.letter] }
      guard operands.count == f.terms.count, holds(f, row, operands) else { continue }
      proven.formUnion(f.terms.map(\.letter))
    }
    return proven
  }

  /// Whether the formula row equals the signed sum of its operands in every column, all in
  /// one unit.
  static func holds(_ f: Formula, _ row: Row, _ operands: [Row]) -> Bool {
    let all = [row] + operands
    guard all.allSatisfy({ $0.cells.count == row.cells.count }) else { return false }
    var units = Set<String>()
    for k in row.cells.indices {
      guard let (total, unit) = value(row.cells[k]) else { return false }
      units.insert(unit ?? "")
      var sum: Int64 = 0
      for (term, operand) in zip(f.terms, operands) {
        guard let (v, u) = value(operand.cells[k]) else { return false }
        units.insert(u ?? "")
        sum += term.sign * v
      }
      guard abs(sum - total) <= Int64(f.terms.count - 1) else { return false }
    }
    return units.count == 1
  }
}
