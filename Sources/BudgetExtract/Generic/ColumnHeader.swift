import BudgetModel

/// Reads the columns a table's header names from its words, in printed order: a fiscal year
/// (`令和5年度`, `6年度`, `前年度`) and a stage (`予算額`, `要求・要望額`, `補正後`) make an
/// amount column; `増△減額`, `増減率`, `対前年度比` and `構成比` make a change, rate, ratio
/// or share column; `(A)` names a column and `(B−A)` gives its formula.
///
/// The reading is a claim: the table's rows confirm it (`TableArithmetic`).
enum ColumnHeader {
  enum Word {
    case year(String)
    case stage(ColumnMeaning.Stage)
    case kind(ColumnMeaning.Kind)
    case letter(String)
    case formula([String])
    case partOf
    /// `執行額`, `見込額`: an amount of a year that is not its budget (`otherAmountWords`).
    case notABudget
    case other
  }

  /// Header words, longest first where one is the start of another: the kinds of column,
  /// then the stage words every reader shares (`ColumnMeaning.Stage.words`), then the header's
  /// own (a bare `予算額` is an initial budget unless the transform knows better).
  static let words: [(String, Word)] =
    kindWords + stagedOtherWords.map { ($0, .notABudget) }
    + ColumnMeaning.Stage.words.map { ($0.word, .stage($0.stage)) } + [
      ("予算額", .stage(.initial)), ("備考", .other), ("うち", .partOf), ("内訳", .partOf),
    ] + otherAmountWords.map { ($0, .notABudget) }

  /// `平成19年度執行額`: a year's execution, remainder, results or estimate, not its budget
  /// (branch hunt: the column was read as that year's initial budget, the words unknown).
  static let otherAmountWords = ["執行額", "執行", "残額", "不用額", "実績", "見込額", "見込"]

  /// Words that hold a stage word but name no budget of their year, read before the stage
  /// words (hunt5): `決算見込額` (an estimate of the settlement), `現計予算額` (the budget in
  /// force), `財投要求額` (a FILP amount); each had been read as the year's settlement, initial
  /// budget or request.
  static let stagedOtherWords = [
    "決算見込み額", "決算見込額", "決算見込み", "決算見込", "現計予算額", "現計予算", "現計額",
    "現行予算額", "現行予算", "財政投融資計画額", "財政投融資要求額", "財政投融資", "財投計画額",
    "財投要求額", "財投",
  ]

  /// Words that make the column of the year printed right before them no amount of the
  /// schema (`令和7年度事業費`, `2年度定員`, `2年度件数`; hunt5: read as budgets); after
  /// anything else they are left to the caption (`公共事業費` names an item).
  static let afterYearOtherWords = ["事業費", "定員", "件数", "人数"]

  static let kindWords: [(String, Word)] = [
    ("対前年度増▲減率", .kind(.ratePercent)), ("対前年度増減率", .kind(.ratePercent)),
    ("対前年度増▲減額", .kind(.change)), ("対前年度増減額", .kind(.change)),
    ("対前年度増▲減", .kind(.change)), ("対前年度増減", .kind(.change)),
    ("対前年度増・減", .kind(.change)),
    ("対前年度伸率", .kind(.ratePercent)), ("対前年度伸び率", .kind(.ratePercent)),
    ("対前年度比", .kind(.ratioPercent)), ("対前年比", .kind(.ratioPercent)),
    ("前年度比", .kind(.ratioPercent)), ("前年比", .kind(.ratioPercent)),
    ("増▲減率", .kind(.ratePercent)), ("増減率", .kind(.ratePercent)),
    ("伸び率", .kind(.ratePercent)), ("伸率", .kind(.ratePercent)),
    ("比較増▲減額", .kind(.change)), ("比較増減額", .kind(.change)),
    ("比較増▲減", .kind(.change)), ("比較増減", .kind(.change)),
    ("増▲減額", .kind(.change)), ("増減額", .kind(.change)), ("増▲減", .kind(.change)),
    ("▲減額", .kind(.change)),
    ("増減", .kind(.change)), ("増・減", .kind(.change)), ("差引", .kind(.change)), ("差額", .kind(.change)),
    ("構成比", .kind(.sharePercent)),
  ]

  /// The columns the header text names; empty when it names none.
  static func meanings(_ header: String) -> [ColumnMeaning] {
    // `3年度予算当初→補正後`: an arrow between two stages names both and their change.
    if let arrow = ArrowHeader.meanings(header) { return arrow }
    // `△` is a minus sign as `▲` is (the normalized text folds it; a caller's may not).
    let text = Array(
      withoutStrayNumbers(header).filter { $0 != " " }.map { $0 == "△" ? "▲" : $0 })
    var columns: [ColumnMeaning] = []
    var i = 0
    while i < text.count {
      let (word, length, printed) = read(text, at: i)
      // `内 訳 10年度予算額 …`: `内訳` before any column heads the labels, not a column.
      if case .partOf = word, i == 0, printed == "内訳" {
        i += length
        continue
      }
      apply(word, printed: printed, to: &columns)
      i += length
    }
    return columns
  }

  /// The header without a number printed alone before a year whose digits it would run into
  /// (`内 訳 1 10年度予算額`, a table's number: `110年度` is no year), when the two together
  /// are no year.
  static func withoutStrayNumbers(_ header: String) -> String {
    let tokens = header.split(separator: " ", omittingEmptySubsequences: true)
    guard tokens.count > 1 else { return header }
    var kept: [Substring] = []
    for (k, token) in tokens.enumerated() {
      if k + 1 < tokens.count, token.allSatisfy(\.isASCIIDigitCharacter) {
        let next = tokens[k + 1]
        let digits = next.prefix(while: \.isASCIIDigitCharacter)
        if !digits.isEmpty, next.dropFirst(digits.count).hasPrefix("年度"),
          token.count + digits.count > 2
        {
          continue
        }
      }
      kept.append(token)
    }
    return kept.count == tokens.count ? header : kept.joined(separator: " ")
  }

  /// Whether the text holds any header word (a year, stage, measure, letter or formula).
  static func hasHeaderWord(_ header: String) -> Bool {
    let text = Array(header.filter { $0 != " " })
    var i = 0
    while i < text.count {
      let (word, length, _) = read(text, at: i)
      if case .other = word {} else { return true }
      i += length
    }
    return false
  }

  /// The word at `i` and how many characters it takes.
  static func read(_ text: [Character], at i: Int) -> (Word, Int, String) {
    if let (formula, length) = LetterEra.rateFormula(text, at: i) ?? formula(text, at: i)
      ?? LetterEra.lowerFormula(text, at: i)
    {
      return (.formula(formula), length, String(text[i..<i + length]))
    }
    if let length = ArrowHeader.yearChange(text, at: i) {
      return (.kind(.change), length, String(text[i..<i + length]))
    }
    for (word, meaning) in words where matches(text, word, at: i) {
      if case .kind = meaning { return (meaning, word.count, word) }
    }
    if let (label, length) = year(text, at: i) {
      return (.year(label), length, String(text[i..<i + length]))
    }
    if text[i] == "(", i + 2 < text.count, text[i + 2] == ")", text[i + 1].isASCIIUppercaseLetter {
      return (.letter(String(text[i + 1])), 3, String(text[i..<i + 3]))
    }
    for (word, meaning) in words where matches(text, word, at: i) {
      return (meaning, word.count, word)
    }
    if i >= 2, text[i - 2] == "年", text[i - 1] == "度" {
      for word in afterYearOtherWords where matches(text, word, at: i) {
        return (.notABudget, word.count, word)
      }
    }
    // A letter printed bare (`要求額A`, `(A-B)C`, `要求額aH23`): one letter between non-letters.
    if let letter = LetterEra.bareLetter(text, at: i) {
      return (.letter(letter), 1, String(text[i]))
    }
    return (.other, 1, String(text[i]))
  }

  static func matches(_ text: [Character], _ word: String, at i: Int) -> Bool {
    var k = i
    for ch in word {
      guard k < text.count, text[k] == ch else { return false }
      k += 1
    }
    return true
  }

  /// `令和5年度`, `平成17年度`, `6年度`, `元年度`, `前年度`, `本年度`.
  static func year(_ text: [Character], at i: Int) -> (String, Int)? {
    // `H24`, `R5年度`: the era's initial letter (its label is the era's name).
    if let letterYear = LetterEra.year(text, at: i) { return letterYear }
    for word in ["前年度", "本年度", "今年度"] where matches(text, word, at: i) {
      return (word, word.count)
    }
    var k = i
    for era in ["令和", "平成", "昭和"] where matches(text, era, at: i) { k += 2 }
    let digitsStart = k
    if matches(text, "元", at: k) {
      k += 1
    } else {
      while k < text.count, text[k].isASCIIDigitCharacter { k += 1 }
    }
    guard k > digitsStart, k - digitsStart <= 2, matches(text, "年度", at: k) else { return nil }
    // Digits belong to a year only when nothing numeric stands right before them.
    if digitsStart == i, i > 0, text[i - 1].isASCIIDigitCharacter { return nil }
    return (String(text[i..<k + 2]), k + 2 - i)
  }

  /// `(B)−(A)`, `(B-A)`, `B−A`, `(C)/(A)`, `C/A`.
  static func formula(_ text: [Character], at i: Int) -> ([String], Int)? {
    var k = i
    func letter() -> String? {
      let save = k
      let open = k < text.count && text[k] == "("
      if open { k += 1 }
      guard k < text.count, text[k].isASCIIUppercaseLetter else {
        k = save
        return nil
      }
      let l = String(text[k])
      k += 1
      if open {
        if k < text.count, text[k] == ")" {
          k += 1
        } else if !(k < text.count && "-−/÷—ー".contains(text[k])) {
          k = save
          return nil
        }
      }
      return l
    }
    let openAll =
      k < text.count && text[k] == "(" && k + 1 < text.count && text[k + 1].isASCIIUppercaseLetter
      && k + 2 < text.count && "-−/÷—ー".contains(text[k + 2])
    if openAll { k += 1 }
    guard let a = letter(), k < text.count, "-−/÷—ー".contains(text[k]) else { return nil }
    k += 1
    guard let b = letter() else { return nil }
    if openAll, k < text.count, text[k] == ")" { k += 1 }
    return ([a, b], k - i)
  }

  static func apply(_ word: Word, printed: String, to columns: inout [ColumnMeaning]) {
    switch word {
    case .year(let label):
      if let last = columns.last, last.kind == .amount, last.fiscalYearLabel == nil,
        last.letter == nil
      {
        columns[columns.count - 1].fiscalYearLabel = label
      } else {
        columns.append(ColumnMeaning(kind: .amount, header: "", fiscalYearLabel: label))
      }
    case .stage(let stage):
      if let last = columns.last, last.kind == .amount, last.stage == nil, last.letter == nil {
        columns[columns.count - 1].stage = stage
      } else if let last = columns.last, last.kind == .amount,
        last.stage == .proposal
          || stage == .proposal, last.letter == nil
      {
        // `予算額(案)` printed across lines: the stage is the draft.
        columns[columns.count - 1].stage = .proposal
      } else {
        columns.append(ColumnMeaning(kind: .amount, header: "", stage: stage))
      }
    case .kind(let kind):
      // `差引 増▲減額`: two words of one column.
      if let last = columns.last, last.kind == kind, last.letter == nil, last.formula.isEmpty {
        break
      }
      columns.append(ColumnMeaning(kind: kind, header: ""))
    case .letter(let letter):
      if let last = columns.last, last.letter == nil { columns[columns.count - 1].letter = letter }
    case .formula(let letters):
      if let last = columns.last, last.kind != .amount, last.formula.isEmpty {
        columns[columns.count - 1].formula = letters
      }
    case .partOf:
      columns.append(ColumnMeaning(kind: .other, header: ""))
    case .notABudget:
      if let last = columns.last, last.kind == .amount, last.stage == nil, last.letter == nil {
        columns[columns.count - 1].kind = .other
      } else {
        columns.append(ColumnMeaning(kind: .other, header: ""))
      }
    case .other:
      break
    }
    if !columns.isEmpty, case .other = word {
    } else if !columns.isEmpty {
      columns[columns.count - 1].header += printed
    }
  }
}
