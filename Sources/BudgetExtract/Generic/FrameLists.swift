import BudgetModel

/// Two numbered lists printed side by side (a 歳出 / 歳入 frame of a budget) that the converter
/// ran together into one string, their entries interleaved in reading order, each amount
/// glued to the next entry's number (`…拡大防止186,0591.税収64,3202.…`, national-r3-hosei1
/// line 1): after one unit statement `(単位:億円)`, entries `N.label amount`, parts
/// `(N)label amount` of the entry before them, and totals `小計…`, `合計…` with no number.
///
/// Comma grouping splits the figures from the numbers glued to them (three digits after each
/// comma). Which list an entry is in is proven by arithmetic only: each list is numbered
/// 1, 2, 3… in printed order, each `合計` is the sum of one list's entries (a different list
/// each), a `小計` the sum of one list's entries printed before it, parts the sum of their
/// entry, every figure within its rounding; exactly one assignment of the entries to the two
/// lists may hold, else nothing is read.
enum FrameLists {
  enum Mark: Equatable {
    case number(Int)
    case part(Int)
    case total
  }

  struct Entry: Equatable {
    var mark: Mark
    var label: String
    var amount: DecimalNumber
  }

  /// The entries of the text after its one unit statement, and the unit; nil when any digit
  /// of it is neither an entry's number nor a comma-grouped figure, or an amount has no label.
  static func entries(_ text: String, units: [String]) -> (unit: String, entries: [Entry])? {
    guard let open = text.range(of: "(単位:"),
      let close = text[open.upperBound...].firstIndex(of: ")"),
      units.contains(String(text[open.upperBound..<close]))
    else { return nil }
    let unit = String(text[open.upperBound..<close])
    var body = Array(text[text.index(after: close)...].filter { $0 != " " && $0 != "\u{3000}" })
    guard !String(body).contains("(単位") else { return nil }
    // Words after the last figure (the columns' names, the next page's title) are no entry.
    guard
      let end = body.indices.last(where: {
        $0 >= 4 && body[$0 - 3] == "," && body[$0].isASCIIDigitCharacter
      })
    else { return nil }
    body = Array(body[...end])
    var entries: [Entry] = []
    var mark: Mark?
    var label = ""
    var k = 0
    while k < body.count {
      if let (m, next) = marker(body, at: k) {
        mark = m
        label = ""
        k = next
      } else if let (amount, next) = figure(body, at: k) {
        let words = mark == nil ? totalWords(label) : label
        guard let words, !words.isEmpty else { return nil }
        entries.append(Entry(mark: mark ?? .total, label: words, amount: amount))
        mark = nil
        label = ""
        k = next
      } else {
        guard !body[k].isASCIIDigitCharacter else { return nil }
        label.append(body[k])
        k += 1
      }
    }
    return entries.count >= 4 ? (unit, entries) : nil
  }

  /// `N.` (one or two digits, the next character no digit) or `(N)`.
  static func marker(_ s: [Character], at k: Int) -> (Mark, Int)? {
    if s[k] == "(", k + 2 < s.count, s[k + 1].isASCIIDigitCharacter, s[k + 2] == ")" {
      return (.part(Int(String(s[k + 1]))!), k + 3)
    }
    var j = k
    while j < s.count, j - k < 2, s[j].isASCIIDigitCharacter { j += 1 }
    guard j > k, j + 1 < s.count, s[j] == ".", !s[j + 1].isASCIIDigitCharacter else { return nil }
    return (.number(Int(String(s[k..<j]))!), j + 1)
  }

  /// A comma-grouped figure (`186,059`, `▲15,665`): one to three digits, then groups of
  /// exactly three; digits after the last group belong to what follows.
  static func figure(_ s: [Character], at k: Int) -> (DecimalNumber, Int)? {
    var j = k
    let negative = s[j] == "▲" || s[j] == "△"
    if negative { j += 1 }
    let start = j
    while j < s.count, j - start < 3, s[j].isASCIIDigitCharacter { j += 1 }
    guard j > start else { return nil }
    var groups = 0
    while j + 3 < s.count, s[j] == ",", s[(j + 1)...(j + 3)].allSatisfy(\.isASCIIDigitCharacter) {
      j += 4
      groups += 1
    }
    guard groups > 0, let n = DecimalNumber(ascii: String(s[start..<j])) else { return nil }
    return (negative ? n.negated() : n, j)
  }

  /// The label of a total: from its last `小計` or `合計` (words before it continue the entry
  /// before); nil when it names neither.
  static func totalWords(_ label: String) -> String? {
    for word in ["小計", "合計"] {
      if let r = label.range(of: word, options: .backwards) {
        return String(label[r.lowerBound...])
      }
    }
    return nil
  }

  /// The one assignment of the numbered entries to two lists that the sums prove: for each
  /// entry, the list it is in (0 or 1; a part or a total takes its own); nil when none or
  /// several hold.
  static func assignment(_ entries: [Entry]) -> [Int]? {
    let totals = entries.indices.filter { entries[$0].mark == .total && isGrandTotal($0, entries) }
    guard totals.count == 2, partsAddUp(entries) else { return nil }
    var found: [[Int]] = []
    var lists = [Int](repeating: -1, count: entries.count)
    func search(_ k: Int, _ last: [Int]) {
      if found.count > 1 { return }
      if k == entries.count {
        if let full = proven(lists, entries) { found.append(full) }
        return
      }
      guard case .number(let n) = entries[k].mark else { return search(k + 1, last) }
      // The first entry is list 0's (the two lists' names are not known: no symmetry).
      for list in 0..<2 where last[list] + 1 == n && (list == 0 || last != [0, 0]) {
        lists[k] = list
        var next = last
        next[list] = n
        search(k + 1, next)
      }
      lists[k] = -1
    }
    search(0, [0, 0])
    return found.count == 1 ? found[0] : nil
  }

  static func isGrandTotal(_ k: Int, _ entries: [Entry]) -> Bool {
    entries[k].label.hasPrefix("合計")
  }

  /// Each run of parts `(1)`, `(2)`… adds up to the numbered entry right before it.
  static func partsAddUp(_ entries: [Entry]) -> Bool {
    var k = 0
    while k < entries.count {
      guard case .part = entries[k].mark else {
        k += 1
        continue
      }
      guard k > 0, case .number = entries[k - 1].mark else { return false }
      var j = k
      while j < entries.count, case .part = entries[j].mark { j += 1 }
      guard adds(entries[k..<j].map(\.amount), to: entries[k - 1].amount) else { return false }
      k = j
    }
    return true
  }

  /// The lists of the numbered entries as assigned, with each part taking its entry's and each
  /// `小計` the one list whose entries before it it adds up; the two `合計` must add up the two
  /// lists' entries, one each (a balanced frame's 歳出 and 歳入 totals are equal: either
  /// may be either). Nil when a total adds up neither list, or a `小計` both.
  static func proven(_ lists: [Int], _ entries: [Entry]) -> [Int]? {
    var full = lists
    var grand: [[Int]] = []
    for k in entries.indices {
      switch entries[k].mark {
      case .part: full[k] = full[k - 1]
      case .number: continue
      case .total:
        let before = isGrandTotal(k, entries) ? entries.count : k
        let matching = (0..<2).filter { list in
          adds(
            entries.indices.filter { $0 < before && lists[$0] == list }.map { entries[$0].amount },
            to: entries[k].amount)
        }
        if isGrandTotal(k, entries) {
          grand.append(matching)
          full[k] = matching.count == 1 ? matching[0] : -1
        } else {
          guard matching.count == 1 else { return nil }
          full[k] = matching[0]
        }
      }
    }
    guard grand.count == 2, grand.allSatisfy({ !$0.isEmpty }),
      Set(grand.flatMap { $0 }).count == 2, grand[0] != grand[1] || grand[0].count == 2
    else { return nil }
    return full
  }

  /// Whether the figures add up to the total within their rounding (half a unit each).
  static func adds(_ parts: [DecimalNumber], to total: DecimalNumber) -> Bool {
    guard parts.count >= 2 else { return false }
    let scale = (parts + [total]).map(\.scale).max() ?? 0
    let sum = parts.reduce(Int64(0)) { $0 + $1.scaled(to: scale) }
    let slack = Int64(parts.count + 1) * TableArithmetic.pow10(scale)
    return 2 * abs(sum - total.scaled(to: scale)) <= slack
  }
}
