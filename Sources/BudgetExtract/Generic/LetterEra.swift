/// Header shapes many ministries print in short form: a fiscal year with its era's initial
/// letter (`H24要求額`, `R6`, `S63年度`), a column letter in lower case glued to the next word
/// (`要求額aH23当初予算b`), and a rate's formula over its base (`(a-b)/b`, `(B-A)/A`).
enum LetterEra {
  /// The era each initial letter stands for, with the last year the era had (令和: open).
  static let eras: [Character: (name: String, last: Int)] = [
    "M": ("明治", 45), "T": ("大正", 15), "S": ("昭和", 64), "H": ("平成", 31), "R": ("令和", 99),
  ]

  /// The fiscal year at `i` printed with its era's letter (`H24`, `R5年度`, `H元`), as the
  /// era's label (`平成24年度`), and how many characters it takes; nil for anything else: a
  /// letter inside a word (`OH2`), a date (`H24.4.1`, `R6/4`), a calendar year (`H24年`), a
  /// number that goes on (`H245`, `R6,000`), a year the era never had (`H35`).
  static func year(_ text: [Character], at i: Int) -> (String, Int)? {
    guard i < text.count, let era = eras[text[i]] else { return nil }
    if i > 0 {
      let before = text[i - 1]
      if before.isASCIIDigitCharacter { return nil }
      // One column letter may stand right before (`要求額aH23`); a word may not.
      if before.isASCIILetterCharacter,
        i < 2 || text[i - 2].isASCIILetterCharacter || text[i - 2].isASCIIDigitCharacter
      {
        return nil
      }
    }
    var k = i + 1
    var n = 0
    if k < text.count, text[k] == "元" {
      n = 1
      k += 1
    } else {
      while k < text.count, k - i <= 2, let digit = text[k].wholeNumberValue,
        text[k].isASCIIDigitCharacter
      {
        n = n * 10 + digit
        k += 1
      }
      guard k > i + 1 else { return nil }
    }
    guard (1...era.last).contains(n) else { return nil }
    if k < text.count {
      let next = text[k]
      if next.isASCIIDigitCharacter || ".,/:・-−~〜".contains(next) { return nil }
      if next == "年" {
        guard k + 1 < text.count, text[k + 1] == "度" else { return nil }
        k += 2
      }
    }
    return ("\(era.name)\(n)年度", k - i)
  }

  /// A column letter printed bare (`要求額A`, `予算b比較`, `要求額aH23`): one letter, upper or
  /// lower case, with no letter on either side, or followed by a year printed with its era's
  /// letter. The letter is given in upper case (`a-b` names the columns `a` and `b`).
  static func bareLetter(_ text: [Character], at i: Int) -> String? {
    guard text[i].isASCIILetterCharacter, i == 0 || !text[i - 1].isASCIILetterCharacter else {
      return nil
    }
    guard i + 1 == text.count || !text[i + 1].isASCIILetterCharacter || year(text, at: i + 1) != nil
    else { return nil }
    // A lower-case letter before `-`, `/`, `.` or a digit starts a word (`e-Tax`, `x2`).
    if ("a"..."z").contains(text[i]), i + 1 < text.count,
      "-−/.・".contains(text[i + 1]) || text[i + 1].isASCIIDigitCharacter
    {
      return nil
    }
    return text[i].uppercased()
  }

  /// `(a-b)/b`, `(B−A)÷A`: a change over the base it is taken from, as the three letters
  /// (`["A", "B", "B"]`); nil when the divisor is not the subtracted column.
  static func rateFormula(_ text: [Character], at i: Int) -> ([String], Int)? {
    guard i + 6 < text.count, text[i] == "(", text[i + 4] == ")", isMinus(text[i + 2]),
      text[i + 1].isASCIILetterCharacter, text[i + 3].isASCIILetterCharacter,
      text[i + 5] == "/" || text[i + 5] == "÷", text[i + 6].isASCIILetterCharacter,
      text[i + 6].uppercased() == text[i + 3].uppercased(),
      i + 7 == text.count || !text[i + 7].isASCIILetterCharacter || year(text, at: i + 7) != nil
    else { return nil }
    let letters = [text[i + 1], text[i + 3], text[i + 6]].map { $0.uppercased() }
    return (letters, 7)
  }

  /// `a-b`, `(a-b)`: a formula printed in lower case, with no letter on either side.
  static func lowerFormula(_ text: [Character], at i: Int) -> ([String], Int)? {
    var k = i
    let open = k < text.count && text[k] == "("
    if open { k += 1 }
    guard k + 2 < text.count, ("a"..."z").contains(text[k]), isOperator(text[k + 1]),
      ("a"..."z").contains(text[k + 2])
    else { return nil }
    let letters = [text[k].uppercased(), text[k + 2].uppercased()]
    k += 3
    if open {
      guard k < text.count, text[k] == ")" else { return nil }
      k += 1
    }
    if i > 0, text[i - 1].isASCIILetterCharacter { return nil }
    if k < text.count, text[k].isASCIILetterCharacter, year(text, at: k) == nil { return nil }
    return (letters, k - i)
  }

  static func isOperator(_ ch: Character) -> Bool { "-−/÷—ー".contains(ch) }
  static func isMinus(_ ch: Character) -> Bool { "-−—ー".contains(ch) }
}
