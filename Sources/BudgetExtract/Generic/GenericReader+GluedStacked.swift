import BudgetModel

/// The stacked table (`GenericReader+Stacked`) printed on one line with no separators, as a
/// page flattened into one line prints it (財務省's 予算のポイント pages in ファイナンス):
///
///     …30年度31年度増減一般会計ODA5,538億円5,566億円+27億円(+0.5%)外務省ODA4,344億円…
///
/// The header is two bare years and a change word glued together (`3年度2年度増減`,
/// `令和2年度令和3年度増減額`); each row is a label with no digit and three amounts that each
/// print their unit, so the cuts between the cells are certain; the change may carry its rate
/// in parentheses. Rows follow while the text after the last one is a label and three such
/// amounts. The table is read only when every row's arithmetic holds as in the stacked table
/// (later − earlier = change within one unit of the coarsest digit, change / earlier = the
/// printed rate) and the years are one apart; the text around it is read as pieces of the line.
enum GluedStacked {
  struct Row {
    var label: String
    var cells: [CellToken]
    var rate: DecimalNumber?
  }

  struct Found {
    /// Offsets in the line's scalars: the header's start, and the end of the last row.
    var start: Int
    var end: Int
    var meanings: [ColumnMeaning]
    var rows: [Row]
  }

  /// Every glued header followed by at least one row, in printed order.
  static func find(_ line: Line, parser: FigureParser) -> [Found] {
    let (s, at) = compact(line)
    let chars = s.map(Character.init)
    var found: [Found] = []
    var i = 0
    while i < s.count {
      guard let (meanings, end) = header(chars, at: i) else {
        i += 1
        continue
      }
      var rows: [Row] = []
      var p = end
      let rated = meanings.count == 4
      while let (row, next) = row(s, at: p, line: line.number, rated: rated, parser: parser) {
        rows.append(row)
        p = next
      }
      if rows.isEmpty {
        i = end
        continue
      }
      found.append(Found(start: at[i], end: at[p], meanings: meanings, rows: rows))
      i = p
    }
    return found
  }

  /// The text without spaces, and where each of its scalars stands in the line (one more
  /// offset for its end).
  static func compact(_ line: Line) -> ([Unicode.Scalar], [Int]) {
    var s: [Unicode.Scalar] = []
    var at: [Int] = []
    for (k, scalar) in line.normalized.enumerated() where !scalar.isSpace {
      s.append(scalar)
      at.append(k)
    }
    at.append(line.normalized.count)
    return (s, at)
  }

  /// `30年度31年度増減` at `i`: two years one apart, each perhaps with its stage words
  /// (`2年度予算額3年度予算案`), a change word and perhaps a rate word (`増減額増減率`).
  static func header(_ chars: [Character], at i: Int) -> ([ColumnMeaning], Int)? {
    if i > 0, chars[i - 1].isASCIIDigitCharacter { return nil }
    guard let first = year(chars, at: i).map({ stages(chars, at: $0) }),
      let second = year(chars, at: first).map({ stages(chars, at: $0) }), second < chars.count,
      case (.kind(.change), let length, let word) = ColumnHeader.read(chars, at: second)
    else { return nil }
    var words = [String(chars[i..<first]), String(chars[first..<second]), word]
    var end = second + length
    if end < chars.count,
      case (.kind(.ratePercent), let rateLength, let rate) = ColumnHeader.read(chars, at: end)
    {
      words.append(rate)
      end += rateLength
    }
    let meanings = ColumnHeader.meanings(words.joined(separator: " "))
    guard meanings.count == words.count,
      meanings.map(\.kind) == Array([.amount, .amount, .change, .ratePercent].prefix(words.count)),
      meanings[2].formula.isEmpty,
      let a = ColumnMeaning.yearKey(meanings[0].fiscalYearLabel),
      let b = ColumnMeaning.yearKey(meanings[1].fiscalYearLabel), a.era == b.era,
      abs(a.n - b.n) == 1
    else { return nil }
    return (meanings, end)
  }

  /// The end of the stage words at `i` (`予算額`, `当初`, `予算案`), or `i`.
  static func stages(_ chars: [Character], at i: Int) -> Int {
    var k = i
    while k < chars.count, case (.stage, let length, _) = ColumnHeader.read(chars, at: k) {
      k += length
    }
    return k
  }

  /// The end of a bare year at `i` (`31年度`, `令和3年度`, `元年度`).
  static func year(_ chars: [Character], at i: Int) -> Int? {
    var k = i
    for era in ["令和", "平成", "昭和"] where k + 2 <= chars.count && String(chars[k..<k + 2]) == era {
      k += 2
    }
    let digits = k
    while k < chars.count, k - digits < 2, chars[k].isASCIIDigitCharacter || chars[k] == "元" {
      k += 1
    }
    guard k > digits, k + 2 <= chars.count, chars[k] == "年", chars[k + 1] == "度" else {
      return nil
    }
    return k + 2
  }

  /// A label with no digit and three amounts with their units right after it, the last
  /// perhaps with its rate in parentheses (`+27億円(+0.5%)`).
  static func row(
    _ s: [Unicode.Scalar], at p: Int, line: Int, rated: Bool = false, parser: FigureParser
  ) -> (Row, Int)? {
    var q = p
    while q < s.count, !startsFigure(s, at: q) { q += 1 }
    let label = String(String.UnicodeScalarView(s[p..<q]))
    guard !label.isEmpty, label.count <= 40, !label.contains("年度"), !label.contains("。")
    else { return nil }
    var cells: [CellToken] = []
    var k = q
    while cells.count < 3 {
      guard k < s.count, startsFigure(s, at: k) else { return nil }
      var cursor = Cursor(s, from: s[k] == "+" ? k + 1 : k)
      guard let amount = try? parser.money(&cursor), !amount.parts.isEmpty,
        amount.parts.allSatisfy({ $0.unit != nil })
      else { return nil }
      cells.append(CellToken(figure: PrintedFigure(amount: amount), isPercent: false, line: line))
      k = cursor.i
    }
    var rate: DecimalNumber?
    // A rate column: `+0.5%` right after the change.
    if rated {
      var end = k
      while end < s.count, s[end] != "%" { end += 1 }
      guard end < s.count, end > k, let printed = percent(s[k..<end]) else { return nil }
      return (Row(label: label, cells: cells, rate: printed), end + 1)
    }
    if k < s.count, s[k] == "(", let close = s[k...].firstIndex(of: ")") {
      let text = String(String.UnicodeScalarView(s[k...close]))
      if let printed = GenericReader.printedRate(text), text.hasSuffix("%)") {
        rate = printed
        k = close + 1
      }
    }
    return (Row(label: label, cells: cells, rate: rate), k)
  }

  /// The text before a table, cut after its last unit statement when text follows it (a
  /// page's chart, its unit, then the page's title: `…(単位:億円)…資料5:平成31年度…のポイント`):
  /// the statement ends at its closing parenthesis, and what follows is read on its own.
  static func afterUnitStatement(_ line: Line, _ range: Range<Int>) -> [Range<Int>] {
    guard !range.isEmpty else { return [] }
    let s = line.normalized
    var cut: Int?
    for k in range where s[k] == "単" && k + 1 < range.upperBound && s[k + 1] == "位" {
      if k > range.lowerBound, s[k - 1] == "(",
        let close = s[k..<range.upperBound].firstIndex(of: ")")
      {
        cut = close + 1
      }
    }
    guard let cut, cut < range.upperBound,
      s[cut..<range.upperBound].contains(where: { !$0.isSpace })
    else { return [range] }
    return [range.lowerBound..<cut, cut..<range.upperBound]
  }

  /// `+0.5`, `▲0.3`, `4.9`: a signed decimal (the figures before a `%`).
  static func percent(_ digits: ArraySlice<Unicode.Scalar>) -> DecimalNumber? {
    var body = digits
    var negative = false
    if let first = body.first, "+▲-".unicodeScalars.contains(first) {
      negative = first != "+"
      body = body.dropFirst()
    }
    guard body.first?.isASCIIDigit == true, body.count <= 6,
      body.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
      let value = DecimalNumber(codePoints: body.map(\.value))
    else { return nil }
    return negative ? value.negated() : value
  }

  static func startsFigure(_ s: [Unicode.Scalar], at k: Int) -> Bool {
    if s[k].isASCIIDigit { return true }
    return "+▲-".unicodeScalars.contains(s[k]) && k + 1 < s.count && s[k + 1].isASCIIDigit
  }
}

extension GenericReader {
  /// Reads the glued stacked tables of a long line whose rows all hold, and the text around
  /// them as pieces of the line (true); false when the line holds none.
  mutating func takeGluedStacked(_ line: Line) -> Bool {
    let glued = GluedStacked.find(line, parser: parser).compactMap { found in
      gluedTable(found, lines: Array(repeating: line, count: found.rows.count)).map { (found, $0) }
    }
    guard !glued.isEmpty else { return false }
    var from = 0
    for (found, table) in glued {
      for cut in GluedStacked.afterUnitStatement(line, from..<found.start) {
        consume(line.slice(cut))
      }
      finish()
      tables.append(table)
      previous = nil
      from = found.end
    }
    if from < line.normalized.count { consume(line.slice(from..<line.normalized.count)) }
    return true
  }

  /// The table, when every row's arithmetic holds and every row prints its rate or none does.
  func gluedTable(_ found: GluedStacked.Found, lines: [Line]) -> SummaryTableRecord? {
    let rows = zip(found.rows, lines).map { glued, line in
      var stacked = StackedState()
      stacked.cells = glued.cells
      stacked.rate = glued.rate
      var reader = self
      reader.stacked = stacked
      var row = reader.stackedRow((glued.label, line))
      row.isPartOfAbove = glued.label.hasPrefix("うち")
      return row
    }
    guard rows.allSatisfy({ Self.stackedRowHolds($0, found.meanings) }),
      Set(rows.map(\.cells.count)).count == 1
    else { return nil }
    var all = found.meanings
    if rows[0].cells.count == 4, all.count == 3 {
      all.append(ColumnMeaning(kind: .ratePercent, header: "(\(all[2].header)の率%)"))
    }
    var record = SummaryTableRecord(
      section: caption ?? "", unit: nil, columns: all.map(\.header), rows: rows,
      span: SourceSpan(line: lines[0].number, endLine: lines[lines.count - 1].endNumber))
    record.meanings = all
    record.confirmed = true
    return record
  }
}
