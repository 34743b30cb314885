/// A list entry whose amount is a bare number followed by its change against the prior year
/// named in parentheses: `1.裁判事務処理態勢の充実 31,199(前年比 +20,337)`,
/// `◇ 刑事手続のデジタル化 7,070(前年比 +6,893)`, `25,715(前年比 +20,134)` (its name on the
/// line above). Both numbers are integers grouped by commas; the change carries its sign.
enum ChangeItem {
  /// The words that name a change against the prior year's amount.
  static let words = ["対前年度比", "対前年度", "対前年比", "前年度比", "前年比"]

  struct Parsed: Equatable {
    var label: String
    var amount: Int64
    var word: String
    var change: Int64
  }

  /// The entry, or nil when the line is anything else (a rate `(前年比 105%)`, words after the
  /// parentheses, a number not grouped by threes, no sign on the change).
  static func parse(_ text: String) -> Parsed? {
    let trimmed = text.trimmingSpaces
    guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return nil }
    let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      .filter { $0 != " " && $0 != "\u{3000}" }
    guard let word = words.first(where: { inside.hasPrefix($0) }) else { return nil }
    var signed = inside.dropFirst(word.count)
    guard let sign = signed.first, "+＋▲△-−".contains(sign) else { return nil }
    signed = signed.dropFirst()
    guard GenericReader.isGrouped(signed), let change = Int64(signed.filter { $0 != "," }) else {
      return nil
    }
    let before = String(trimmed[..<open]).trimmingSpaces
    let digits = before.reversed().prefix { $0.isASCIIDigitCharacter || $0 == "," }
    let number = Substring(String(digits.reversed()))
    guard !number.isEmpty, GenericReader.isGrouped(number),
      let amount = Int64(number.filter { $0 != "," })
    else { return nil }
    let label = String(before.dropLast(number.count)).trimmingSpaces
    // `R6 31,199`, `第2 100`: a number glued to letters or digits is not an amount.
    if let last = label.last, last.isASCIIDigitCharacter || last == "." || last.isLetter,
      last.isASCII
    {
      return nil
    }
    let increase = sign == "+" || sign == "＋"
    return Parsed(label: label, amount: amount, word: word, change: increase ? change : -change)
  }

  /// The mark that opens an entry (`○`, `◇`, or `1.` / `(1)` for numbered entries), which
  /// tells its level in the list; nil when the entry has none.
  static func mark(of label: String) -> String? {
    let text = label.trimmingSpaces
    guard let first = text.first else { return nil }
    if AmountLine.itemMarks.contains(first) || GenericLine.bullets.contains(String(first)) {
      return String(first)
    }
    let digits = text.prefix { $0.isASCIIDigitCharacter }
    if !digits.isEmpty, digits.count <= 2, let next = text.dropFirst(digits.count).first,
      next == "." || next == "．"
    {
      return "1."
    }
    if first == "(", text.dropFirst().prefix(while: \.isASCIIDigitCharacter).count > 0,
      text.contains(")")
    {
      return "(1)"
    }
    return nil
  }

  /// The label without its numbering (`1.裁判事務処理態勢の充実` → `裁判事務処理態勢の充実`).
  static func dropNumbering(_ label: String) -> String {
    let text = label.trimmingSpaces
    let digits = text.prefix { $0.isASCIIDigitCharacter }
    guard !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == "．"
    else { return text }
    return String(text.dropFirst(digits.count + 1)).trimmingSpaces
  }

  /// Each entry's level: the order in which its mark is first seen (0 for the first).
  static func levels(_ marks: [String]) -> [Int] {
    var seen: [String] = []
    for mark in marks where !seen.contains(mark) { seen.append(mark) }
    return marks.map { seen.firstIndex(of: $0) ?? 0 }
  }

  /// Whether the entries, in order, nest by their marks (a mark first seen later is a deeper
  /// level) and add up: at least one entry has sub-items, and every entry with sub-items
  /// (the entries of the next level under it) is their sum, amounts and changes, within the
  /// rounding of n + 1 printed figures (each off by less than half a unit: |Σ − total| · 2 <
  /// n + 1).
  static func addsUp(_ items: [(mark: String, amount: Int64, change: Int64)]) -> Bool {
    let level = levels(items.map(\.mark))
    var families = 0
    for k in items.indices {
      var children: [Int] = []
      var j = k + 1
      while j < items.count, level[j] > level[k] {
        children.append(j)
        j += 1
      }
      guard let top = children.map({ level[$0] }).min() else { continue }
      let direct = children.filter { level[$0] == top }
      let n = Int64(direct.count)
      let amounts = direct.reduce(Int64(0)) { $0 + items[$1].amount }
      let changes = direct.reduce(Int64(0)) { $0 + items[$1].change }
      guard abs(amounts - items[k].amount) * 2 < n + 1, abs(changes - items[k].change) * 2 < n + 1
      else { return false }
      families += 1
    }
    return families > 0
  }
}
