import Foundation

/// Input hygiene, in one place: what no later stage (and no writer) may ever see. Control
/// characters and anything XML 1.0 cannot hold are dropped, Kangxi radicals (`⼀` U+2F00 …)
/// become the ideographs they stand for (NFKC), and the single space a PDF converter puts
/// between Japanese text and a digit (`令和 6 年度`, `18 兆 2,107 億円`, `第 1`) is removed
/// when the document is spaced that way throughout (its era years are mostly printed
/// `令和 6 年`): a text typed with such a space on purpose (`ひまわり 10 号`) keeps it.
/// Runs of two or more spaces stay: they separate table columns.
enum InputHygiene {
  /// What one scalar becomes: kept, replaced, or dropped (nil).
  @inline(__always)
  static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
    let v = s.value
    if v >= 0x20 && v < 0x7F { return s }
    switch v {
    case 0x09: return s
    case 0x00...0x1F, 0x7F...0x9F: return nil  // C0 and C1 controls (form feed included)
    case 0xFFFE, 0xFFFF: return nil  // not characters; XML 1.0 cannot hold them
    case 0x2E80...0x2FDF: return compatibility(s)
    default: return s
    }
  }

  /// NFKC of a radical when it is one scalar (every Kangxi radical is).
  static func compatibility(_ s: Unicode.Scalar) -> Unicode.Scalar {
    let mapped = String(Character(s)).precomposedStringWithCompatibilityMapping.unicodeScalars
    return mapped.count == 1 ? mapped.first! : s
  }

  /// Japanese text (kana, kanji, CJK and full-width punctuation) for the spacing rule.
  @inline(__always)
  static func isCJK(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFF0F,
      0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
      return true
    default: return false
    }
  }

  /// Calendar words a converter separates from the number before them (units come from
  /// the lexicon).
  static let calendarWords: Set<Unicode.Scalar> = ["年", "月", "日", "度"]

  /// Whether era years are printed with spaces (`令和 6 年`) more often than without. Each
  /// era's occurrences are counted left to right without overlapping, in one pass per line.
  /// Only the lines at `candidates` are read (all when nil): `PhysicalLines` passes those
  /// that hold the first scalar of an era.
  static func digitsAreSpaced(_ lines: [Line], candidates: [Int]? = nil, eras: [[Unicode.Scalar]])
    -> Bool
  {
    var spaced = 0
    var tight = 0
    let eras = eras.filter { !$0.isEmpty }
    let initials = eras.map { $0[0].value }
    let lowest = initials.min() ?? 0
    let highest = initials.max() ?? 0
    // Where the next occurrence of each era may start on the current line.
    var next = [Int](repeating: 0, count: eras.count)
    for index in candidates ?? Array(lines.indices) {
      lines[index].normalized.withUnsafeBufferPointer { s in
        for e in next.indices { next[e] = 0 }
        for k in s.indices where s[k].value >= lowest && s[k].value <= highest {
          for e in eras.indices
          where initials[e] == s[k].value && k >= next[e] && s.matches(eras[e], at: k) {
            let end = k + eras[e].count
            if end + 1 < s.count, s[end] == " ", s[end + 1].isASCIIDigit { spaced += 1 }
            if end < s.count, s[end].isASCIIDigit { tight += 1 }
            next[e] = end
          }
        }
      }
    }
    return spaced > tight
  }

  /// Removes, from both arrays alike, each single space between Japanese text and a digit
  /// (`令和 6`) and between a digit and a unit word (`6 年度`, `2,107 億円`): `unitWords` are
  /// `calendarWords` and the scalars of the lexicon's units.
  static func joinCJKDigitSpaces(_ line: inout Line, unitWords: Set<Unicode.Scalar>) {
    let s = line.normalized
    guard s.count > 2, s.contains(" ") else { return }
    var drop: [Int] = []
    for i in 1..<(s.count - 1) where s[i] == " " && s[i - 1] != " " && s[i + 1] != " " {
      let before = s[i - 1]
      let after = s[i + 1]
      if (isCJK(before) && after.isASCIIDigit && !startsCellRun(s, at: i + 1))
        || (before.isASCIIDigit && unitWords.contains(after))
      {
        drop.append(i)
      }
    }
    guard !drop.isEmpty else { return }
    for i in drop.reversed() {
      line.original.remove(at: i)
      line.normalized.remove(at: i)
    }
  }

  /// Whether the number at `start` is the first of a row of cells (`一般会計 3,455 3,420`,
  /// `勘定 61 69`): another number follows it after a space. Its label keeps the space before
  /// it; only a number that a word or unit follows (`令和 6 年度`, `17 兆`) is joined.
  static func startsCellRun(_ s: [Unicode.Scalar], at start: Int) -> Bool {
    var j = start
    while j < s.count, s[j].isASCIIDigit || s[j] == "," || s[j] == "." { j += 1 }
    guard j + 1 < s.count, s[j] == " " else { return false }
    var k = j + 1
    if "▲△+-".unicodeScalars.contains(s[k]) { k += 1 }
    while k < s.count, s[k] == " " { k += 1 }
    return k < s.count && s[k].isASCIIDigit
  }
}
