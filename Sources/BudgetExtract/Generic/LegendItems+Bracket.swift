extension LegendItems {
  /// The words that say what the parentheses hold: `()は`, `()内は`, `()書きは`, and the same
  /// in words (`カッコ内は`, `かっこ内は`, `括弧内は`, `カッコ書きは`, `括弧書きは`).
  static let legendOpeners = [
    "()は", "()内は", "()書きは", "カッコ内は", "かっこ内は", "括弧内は", "カッコ書きは",
    "かっこ書きは", "括弧書きは",
  ]

  /// The index of the bracket closing the one at `start`: `(…)` counting nested parentheses
  /// (`(単位:百万円、()は28年度予算)`), or `[…]` (`〔単位:百万円、カッコ内は令和3年度予算額〕`,
  /// folded to `[ ]`).
  static func closing(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    guard start < s.count else { return nil }
    if s[start] == "[" {
      guard let end = s[start...].firstIndex(of: "]") else { return nil }
      return end
    }
    guard s[start] == "(" else { return nil }
    var depth = 0
    var end = start
    while end < s.count {
      if s[end] == "(" { depth += 1 }
      if s[end] == ")" { depth -= 1 }
      if depth == 0 { return end }
      end += 1
    }
    return nil
  }

  /// `1 主な概算要求・要望項目 〔単位:百万円、カッコ内は令和3年度予算額〕`: a heading with no
  /// figure (a leading number mark aside), then a unit statement naming what the parentheses
  /// hold, ending the line. The heading and the statement, for the items on the lines below.
  static func headedStatement(_ s: [Unicode.Scalar], units: [String]) -> (String, Statement)? {
    var last = s.count
    while last > 0, spaces.contains(s[last - 1]) { last -= 1 }
    var start = 0
    skipSpaces(s, &start)
    // The statement's opening bracket: the last `[`, or the `(` at depth zero before the end.
    var open: Int?
    var k = start
    while k < last {
      if s[k] == "[" || s[k] == "(", let end = closing(s, from: k), end == last - 1 {
        open = k
        break
      }
      k += 1
    }
    guard let open, open > start, spaces.contains(s[open - 1]) || s[open] == "[",
      let (statement, end) = unitStatement(s, from: open, units: units), end == last
    else { return nil }
    let heading = String(String.UnicodeScalarView(s[start..<open])).trimmingSpaces
    guard !heading.isEmpty, heading.count <= 40, !figureAfterMark(heading) else { return nil }
    return (heading, statement)
  }

  /// Whether a heading holds a figure once its leading number mark (`1 `, `1.`, `(1)`, `①`,
  /// `第1`) is set aside.
  static func figureAfterMark(_ heading: String) -> Bool {
    var rest = Substring(heading)
    if rest.hasPrefix("第") { rest = rest.dropFirst() }
    if rest.hasPrefix("(") {
      let digits = rest.dropFirst().prefix(while: \.isASCIIDigitCharacter)
      if !digits.isEmpty, rest.dropFirst(digits.count + 1).hasPrefix(")") {
        rest = rest.dropFirst(digits.count + 2)
      }
    } else {
      let digits = rest.prefix(while: \.isASCIIDigitCharacter)
      if (1...2).contains(digits.count) {
        let after = rest.dropFirst(digits.count)
        if let mark = after.first, " \u{3000}.．、".contains(mark) { rest = after.dropFirst() }
      }
    }
    return rest.contains(where: { $0.isNumber }) || rest.contains("円")
  }

  /// `100(166)`, `68(新規)`: a line of an item's figures alone, its name on the line above
  /// (`・国家公務員採用試験における…措置`, too long for one line).
  static func figuresOnly(_ s: [Unicode.Scalar], label: String) -> Item? {
    let name = Array(label.unicodeScalars) + [" "]
    guard let (item, end) = item(name + s, from: 0) else { return nil }
    var tail = end
    skipSpaces(name + s, &tail)
    return tail == name.count + s.count ? item : nil
  }

  /// `・国家公務員採用試験における…措置`: a bulleted name with no figure (its figures may follow
  /// on the next line); the name.
  static func bareBulletName(_ s: [Unicode.Scalar]) -> String? {
    var k = 0
    skipSpaces(s, &k)
    guard k < s.count, s[k] == "・" else { return nil }
    let name = String(String.UnicodeScalarView(s[(k + 1)...])).trimmingSpaces
    guard !name.isEmpty, name.count <= 60, !name.contains(where: { $0.isNumber }),
      !["円", "%", "年度", "単位", "(", ")"].contains(where: name.contains)
    else { return nil }
    return name
  }
}
