import BudgetModel

/// A whole table printed on one line without separators, as some per-page texts print one:
/// `(単位:億円)主要経費30年度予算(当初)31年度予算増減額増減率備考一般歳出588,958599,359+10,401+1.8%社会保障関係費…`.
///
/// The header's words give the column count; each run of figures is split where the comma
/// grouping allows (a number is 1–3 digits, then groups of `,ddd`; a sign starts a number),
/// and a split is taken only when exactly one of the possible ones satisfies the row's
/// arithmetic (B − A = C, C / A = the rate). A row no split or several splits explain is
/// reported, never guessed.
enum RunTogether {
  struct Result {
    var table: SummaryTableRecord?
    var unexplained: [String]
  }

  /// Reads the line when it holds a unit statement, header words and runs of figures. A page
  /// of two frames on one line has two unit statements: the table is read after the first one
  /// that starts a table, and the figures before it are reported.
  static func read(_ line: Line, text: String, parser: FigureParser) -> Result? {
    // A table whose figures are printed apart (a page flattened to one line) is not run
    // together: dropping its spaces would let a split join two cells and cut another
    // (`86 88 83 ▲5 77` read as 8, 6, 88, 83, ▲577, B − C within a unit of rounding).
    guard spacedFigureBoundaries(text) < 8 else { return nil }
    let compact = text.filter { $0 != " " }
    var from = compact.startIndex
    while let unitRange = compact[from...].range(of: "(単位:") ?? compact[from...].range(of: "(単位︓") {
      if var result = read(line, compact: compact, unitRange: unitRange, parser: parser) {
        let before = compact[..<unitRange.lowerBound]
        if before.contains(where: \.isASCIIDigitCharacter) {
          result.unexplained.insert(String(before), at: 0)
        }
        return result
      }
      from = unitRange.upperBound
    }
    return nil
  }

  /// How many times a figure ends and the next starts after spaces (`86 88`, `83 ▲5`).
  static func spacedFigureBoundaries(_ text: String) -> Int {
    var count = 0
    var afterDigit = false
    var spaced = false
    for ch in text.unicodeScalars {
      if ch == " " {
        spaced = spaced || afterDigit
        continue
      }
      let digit = ch.properties.numericType != nil && ch.value < 0x80
      if spaced, digit || ch == "▲" || ch == "△" { count += 1 }
      afterDigit = digit
      spaced = false
    }
    return count
  }

  /// The text a run-together line prints before its first unit statement (the page's title).
  static func leadingText(_ text: String) -> String? {
    let compact = text.filter { $0 != " " }
    guard let unit = compact.range(of: "(単位:") ?? compact.range(of: "(単位︓"),
      unit.lowerBound > compact.startIndex
    else { return nil }
    return String(compact[..<unit.lowerBound])
  }

  static func read(
    _ line: Line, compact: String, unitRange: Range<String.Index>, parser: FigureParser
  ) -> Result? {
    guard let close = compact[unitRange.upperBound...].firstIndex(of: ")") else { return nil }
    let unit = String(compact[unitRange.upperBound..<close])
    guard parser.unitTexts.contains(unit) else { return nil }
    let rest = Array(compact[compact.index(after: close)...])
    let runs = split(rest)
    guard runs.count >= 3, case .text(let first) = runs[0] else { return nil }
    let parts = RepeatedPartsHeader.read(first)
    let (header, firstLabel) =
      parts.map { ($0.header, cleanLabel($0.label)) } ?? headerAndLabel(first)
    let meanings = parts?.meanings ?? ColumnHeader.meanings(header)
    guard meanings.filter({ $0.kind == .amount }).count >= 2 else { return nil }
    var rows: [SummaryRowRecord] = []
    var cellRows: [[CellToken]] = []
    var unexplained: [String] = []
    var label = firstLabel
    for run in runs.dropFirst() {
      switch run {
      case .text(let text): label = cleanLabel(text)
      case .figures(let figures):
        let candidates = splits(figures, into: meanings.count, line: line.number, parser: parser)
          .filter {
            explains(meanings, $0) && parts?.sumsHold($0) != false
          }
        if candidates.count == 1, !label.isEmpty {
          var row = SummaryRowRecord(
            label: label, cells: candidates[0].map(\.figure), span: line.span)
          row.isPartOfAbove = label.hasPrefix("うち")
          rows.append(row)
          cellRows.append(candidates[0])
        } else if candidates.isEmpty, !label.isEmpty,
          let first = rowBeforeLostLabel(figures, meanings, line: line.number, parser: parser)
        {
          rows.append(SummaryRowRecord(label: label, cells: first.map(\.figure), span: line.span))
          cellRows.append(first)
          unexplained.append("(a row whose label was lost) \(figures)")
        } else {
          unexplained.append("\(label) \(figures)")
        }
        label = ""
      }
    }
    guard !rows.isEmpty else { return Result(table: nil, unexplained: unexplained) }
    var table = SummaryTableRecord(
      section: "", unit: unit, columns: [header], rows: rows, span: line.span)
    table.meanings = parts?.provenMeanings(cellRows) ?? meanings
    table.confirmed = TableArithmetic.check(meanings, rows: cellRows).failedRows.isEmpty
    return Result(table: table, unexplained: unexplained)
  }

  enum Run: Equatable {
    case text(String)
    case figures(String)
  }

  /// Alternating runs of text and of figure characters (digits, `,`, `.`, `+`, `▲`, `%`).
  static func split(_ chars: [Character]) -> [Run] {
    var runs: [Run] = []
    var current = ""
    var inFigures = false
    for (k, ch) in chars.enumerated() {
      let next = k + 1 < chars.count ? chars[k + 1] : " "
      let figure =
        ch.isASCIIDigitCharacter || (inFigures && ",.%".contains(ch))
        || ("+▲".contains(ch) && next.isASCIIDigitCharacter) || isDash(ch, next, inFigures)
      // Digits inside a word (`30年度`, `ODA5`) start figures only when a comma or sign
      // follows soon; a year in the header stays text.
      if figure != inFigures, !current.isEmpty {
        runs.append(inFigures ? .figures(current) : .text(current))
        current = ""
      }
      inFigures = figure
      current.append(ch)
    }
    if !current.isEmpty { runs.append(inFigures ? .figures(current) : .text(current)) }
    // Merge a figure run that is a year (`30` before `年度`) back into the text.
    var merged: [Run] = []
    for run in runs {
      // `359,8953年度予算`: a comma group has three digits, so the ones after them are the year's.
      if case .text(let t) = run, t.hasPrefix("年度"), case .figures(let f)? = merged.last,
        let (number, year) = yearAfterNumber(f)
      {
        merged[merged.count - 1] = .figures(number)
        merged.append(.text(year + t))
        continue
      }
      if case .text(let t) = run, t.hasPrefix("年") || t.hasPrefix("%"),
        case .figures(let f)? = merged.last, !f.contains(",")
      {
        merged.removeLast()
        if case .text(let before)? = merged.last {
          merged[merged.count - 1] = .text(before + f + t)
        } else {
          merged.append(.text(f + t))
        }
        continue
      }
      if case .text(let t) = run, case .text(let before)? = merged.last {
        merged[merged.count - 1] = .text(before + t)
        continue
      }
      merged.append(run)
    }
    return merged
  }

  /// `359,8953` → (`359,895`, `3`): one or two digits after the last full comma group.
  static func yearAfterNumber(_ figures: String) -> (String, String)? {
    guard let comma = figures.lastIndex(of: ",") else { return nil }
    let tail = figures[figures.index(after: comma)...]
    guard (4...5).contains(tail.count), tail.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
    let cut = tail.index(tail.startIndex, offsetBy: 3)
    return (String(figures[..<cut]), String(figures[cut...]))
  }

  /// The header words, and the first row's label after the last of them.
  static func headerAndLabel(_ text: String) -> (String, String) {
    let chars = Array(text)
    var end = 0
    var i = 0
    while i < chars.count {
      let (word, length, printed) = ColumnHeader.read(chars, at: i)
      if case .other = word {
        if printed == "備考" { end = i + length }
      } else {
        end = i + length
      }
      i += length
    }
    return (String(chars[..<end]), cleanLabel(String(chars[end...])))
  }

  /// A label without the note markers printed before it (`(注記)`, `(注2)`).
  static func cleanLabel(_ text: String) -> String {
    var label = text
    while let open = label.range(of: "(注") ?? label.range(of: "（注"),
      let close = label[open.upperBound...].firstIndex(where: { $0 == ")" || $0 == "）" })
    {
      label.removeSubrange(open.lowerBound...close)
    }
    return label
  }

  /// Every way to cut `text` into `count` numbers that each follow the comma grouping (at
  /// most 8; the search stops after `budget` steps, so a hostile run of digits cannot hang a
  /// run: no split is then taken, and the row is reported).
  static func splits(
    _ text: String, into count: Int, line: Int, parser: FigureParser, budget: Int = 5_000
  )
    -> [[CellToken]]
  {
    let chars = Array(text)
    var results: [[CellToken]] = []
    var steps = 0
    func walk(_ start: Int, _ cells: [CellToken]) {
      if cells.count == count {
        if start == chars.count { results.append(cells) }
        return
      }
      steps += 1
      guard start < chars.count, results.count < 8, steps <= budget else { return }
      // A number as printed is at most a sign, 15 digits with their commas, a fraction and %.
      for end in (start + 1)...min(chars.count, start + 28) {
        let token = String(chars[start..<end])
        guard wellGrouped(token) || token == "-",
          let cell = CellToken.parse(token, line: line, parser: parser)
        else { continue }
        walk(end, cells + [cell])
      }
    }
    walk(0, [])
    return steps > budget ? [] : results
  }

  /// `588,958`, `+10,401`, `▲16.2%`, `0`: 1–3 leading digits, `,ddd` groups, a fraction.
  static func wellGrouped(_ token: String) -> Bool {
    var chars = Array(token)
    if let first = chars.first, "+▲".contains(first) { chars.removeFirst() }
    if chars.last == "%" { chars.removeLast() }
    if let dot = chars.firstIndex(of: ".") {
      guard dot + 1 < chars.count, chars[(dot + 1)...].allSatisfy(\.isASCIIDigitCharacter) else {
        return false
      }
      chars = Array(chars[..<dot])
    }
    let groups = chars.split(separator: ",", omittingEmptySubsequences: false)
    guard let lead = groups.first, (1...3).contains(lead.count),
      lead.allSatisfy(\.isASCIIDigitCharacter), lead.count == 1 || lead.first != "0"
    else { return false }
    return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigitCharacter) }
  }

  /// Whether a split satisfies every relation the header claims (and at least one).
  static func explains(_ meanings: [ColumnMeaning], _ cells: [CellToken]) -> Bool {
    let relations = TableArithmetic.relations(meanings)
    var held = 0
    for relation in relations {
      guard let outcome = TableArithmetic.holds(relation, cells) else { continue }
      guard outcome else { return false }
      held += 1
    }
    return held > 0 || DashRow.proven(meanings, cells)
  }

  /// `5,0005,000--`, `-50,000+50,000`: a `-` after figures, or before a figure, is an empty
  /// cell (a negative is printed `▲`); the split and the row's arithmetic decide the rest.
  static func isDash(_ ch: Character, _ next: Character, _ inFigures: Bool) -> Bool {
    ch == "-" && (inFigures || next.isASCIIDigitCharacter || "+▲-".contains(next))
  }
}
