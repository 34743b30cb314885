import BudgetModel

/// One cell of a table row as printed: an amount (`1,234`, `▲12`, `1兆2,345億円`), a
/// percentage (`3.7%`, `△0.4`), or an explicit absence (`—`, `-`, `皆増`, `新規`).
struct CellToken: Hashable {
  var figure: PrintedFigure
  /// The cell ends with `%`.
  var isPercent: Bool
  /// The input line the cell is printed on.
  var line: Int
  /// The cell stands for a token the converter damaged (`2,15,16`): it has no figure
  /// (`GenericReader.damagedRow`).
  var isDamaged = false
  /// The cell's sign is printed after its figure (`1,530▲`): kept only where the row's
  /// arithmetic proves it (`GenericReader.unprovenTrailingSigns`).
  var signAfter = false

  /// Words printed in a cell instead of a number.
  static let absentWords: Set<String> = ["—", "-", "−", "…", "皆増", "皆減", "純増", "新規", "*", "x", "X"]

  /// Whether any amount part names its unit (`123億円`).
  var hasUnit: Bool { figure.amount?.parts.contains { $0.unit != nil } ?? false }

  /// Parses a whole token (normalized text), or nil when it is not a cell.
  static func parse(
    _ token: String, line: Int, parser: FigureParser, signAfter allowed: Bool = false
  ) -> CellToken? {
    if absentWords.contains(token) {
      return CellToken(
        figure: PrintedFigure(amount: nil, isNewMarker: token == "新規"), isPercent: false,
        line: line)
    }
    if hasBrokenGrouping(token) { return nil }
    var s = Array(token.unicodeScalars)
    var negative = false
    if let first = s.first, first == "▲" || first == "-" || first == "−" || first == "+" {
      negative = first != "+"
      s.removeFirst()
      while s.first == " " { s.removeFirst() }
    }
    var signAfter = false
    if allowed, !negative, s.count > 1, s.last == "▲" {
      s.removeLast()
      negative = true
      signAfter = true
    }
    var percent = false
    if s.last == "%" {
      percent = true
      s.removeLast()
    }
    guard s.first?.isASCIIDigit == true else { return nil }
    var cursor = Cursor(s)
    guard let amount = try? parser.money(&cursor), cursor.atEnd else { return nil }
    if percent, amount.parts.contains(where: { $0.unit != nil }) { return nil }
    var printed = amount
    printed.isNegative = printed.isNegative || negative
    return CellToken(
      figure: PrintedFigure(amount: printed), isPercent: percent, line: line,
      signAfter: signAfter)
  }

  /// Digits grouped by commas other than in threes (`2,15,16`, a converter's damage): not
  /// a figure, whatever the digits would read as.
  static func hasBrokenGrouping(_ token: String) -> Bool {
    // The digit counts between commas of each number in the token (`1兆6,965億円` has two).
    var runs: [[Int]] = [[0]]
    var inFraction = false
    for ch in token {
      if ch.isASCIIDigitCharacter {
        if !inFraction { runs[runs.count - 1][runs[runs.count - 1].count - 1] += 1 }
      } else if ch == ",", !inFraction {
        runs[runs.count - 1].append(0)
      } else if ch == "." {
        inFraction = true
      } else {
        runs.append([0])
        inFraction = false
      }
    }
    return runs.contains { groups in
      groups.count > 1
        && (groups[0] == 0 || groups[0] > 3 || groups.dropFirst().contains { $0 != 3 })
    }
  }

  /// The signed decimal of a one-part amount (what the row arithmetic compares).
  var decimal: DecimalNumber? {
    guard let amount = figure.amount, amount.parts.count == 1, amount.parts[0].unit == nil
    else { return nil }
    let n = amount.parts[0].number
    return amount.isNegative ? n.negated() : n
  }
}

/// Splits a normalized line into space-separated tokens, joining a sign printed apart from
/// its number (`▲ 2,329`, `△ 0.4`).
enum Tokens {
  static func split(_ text: String) -> [String] {
    var tokens: [String] = []
    var pendingSign: String?
    for part in text.split(separator: " ", omittingEmptySubsequences: true) {
      let token = String(part)
      if token == "▲" || token == "+" {
        if let sign = pendingSign { tokens.append(sign) }
        pendingSign = token
        continue
      }
      if let sign = pendingSign {
        if token.first?.isASCIIDigitCharacter == true {
          tokens.append(sign + token)
        } else {
          tokens.append(sign)
          tokens.append(token)
        }
        pendingSign = nil
      } else {
        tokens.append(token)
      }
    }
    if let sign = pendingSign { tokens.append(sign) }
    return tokens
  }
}

extension Character {
  var isASCIIUppercaseLetter: Bool { ("A"..."Z").contains(self) }
  var isASCIILetterCharacter: Bool { ("A"..."Z").contains(self) || ("a"..."z").contains(self) }
}
