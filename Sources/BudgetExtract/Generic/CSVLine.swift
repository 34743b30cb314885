import BudgetModel

/// A CSV file printed as text with its line breaks turned into spaces (a white paper's data
/// file, `資料9 各国国防費の推移,,,,, "年度 国名",16(28),17(29),… 日本,"48,607",…`): fields
/// cut at commas, quoted fields kept whole (`"48,607"`), and a space outside quotes the end
/// of a record (the line break it replaced).
enum CSVLine {
  /// The records of the text, each a list of fields; nil unless the text looks like CSV
  /// (ten commas or more outside quotes, three quoted comma-grouped numbers or more).
  static func records(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var commas = 0
    var quotedNumbers = 0
    var wasQuoted = false
    for ch in text {
      if ch == "\"" {
        if quoted, field.contains(","), field.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "," })
        {
          quotedNumbers += 1
        }
        quoted.toggle()
        wasQuoted = true
      } else if !quoted, ch == "," {
        commas += 1
        record.append(field)
        field = ""
        wasQuoted = false
      } else if !quoted, ch == " " {
        if !field.isEmpty || !record.isEmpty || wasQuoted {
          record.append(field)
          records.append(record)
        }
        (record, field, wasQuoted) = ([], "", false)
      } else {
        field.append(ch)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
    guard commas >= 10, quotedNumbers >= 3 else { return nil }
    return records
  }

  /// A year column of the header (`16(28)`, `19(令和元年)`, `20(2)`: the Western year's last
  /// two digits, then the era year in parentheses): the fiscal year with its era
  /// (`平成28年度`), when the era year gives the Western year in exactly one era (平成 or
  /// 令和; an era named in the parentheses must be that one); nil otherwise.
  static func yearLabel(_ field: String) -> String? {
    guard let open = field.firstIndex(of: "("), field.hasSuffix(")") else { return nil }
    let western = field[..<open]
    var inner = String(field[field.index(after: open)..<field.index(before: field.endIndex)])
    guard western.count == 2, western.allSatisfy(\.isASCIIDigitCharacter),
      let w = Int(western)
    else { return nil }
    var named: String?
    if let era = ["平成", "令和"].first(where: { inner.hasPrefix($0) }) {
      named = era
      inner.removeFirst(2)
      if inner.hasSuffix("年") { inner.removeLast() }
    }
    if inner == "元" { inner = "1" }
    guard let n = Int(inner), n > 0, inner.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
    let year = 2000 + w
    let fits = [("平成", 1988), ("令和", 2018)].filter { $0.1 + n == year && (named ?? $0.0) == $0.0 }
    guard fits.count == 1 else { return nil }
    return fits[0].0 + (n == 1 ? "元" : String(n)) + "年度"
  }

  /// A rate field (`0.8%`, `△24.4%`): the signed percentage; nil for anything else.
  static func rate(_ field: String) -> DecimalNumber? {
    guard field.hasSuffix("%") else { return nil }
    var body = Substring(field.dropLast())
    var negative = false
    if let first = body.first, "△▲-−".contains(first) {
      negative = true
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "." }),
      let value = DecimalNumber(ascii: body)
    else { return nil }
    return negative ? value.negated() : value
  }

  /// An amount field (`48,607`, comma-grouped or plain digits): its value; nil otherwise.
  static func amount(_ field: String) -> Int64? {
    guard !field.isEmpty, field.first != ",",
      field.allSatisfy({ $0.isASCIIDigitCharacter || $0 == "," })
    else { return nil }
    let groups = field.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(groups[0].count)
    else { return nil }
    return Int64(field.filter(\.isASCIIDigitCharacter))
  }

  /// A field printing no figure (`―`, `-`).
  static func isAbsent(_ field: String) -> Bool {
    ["―", "—", "-", "−", "‐"].contains(field)
  }
}
