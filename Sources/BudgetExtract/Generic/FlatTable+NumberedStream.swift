import BudgetModel

/// A flat table whose text column (`説明`, `備考`) runs into its numbered labels (a mirror
/// site's text of a PDF page; kokkai-h29-ndl-gaisan's 主な要求内容):
///
///     … 額増 △ 減 額 1.国会サービス経費 説 明 国会会議録フルテキスト・デー 261 306 45 タベース…
///     2,334 2,336 2 入費、… 2.資料費 入出版物代償金 (1) 科学技術情報整備のための デジタル…
///     - 110 110 … (2) オンラインデータベース等の提供 1,274 1,166 (3) その他の経費 1,060 1,060 0 …
///
/// Only the numbered labels are certain words of the label column (`1.`, `2.` over `(1)`,
/// `(2)`; each level numbered from 1 without a gap under its parent); the label column and the
/// figures each keep their printed order. A numbered item with two or more sub-items is placed
/// where its row is the sum of the rows that follow it, one per sub-item, in every amount
/// column (and the change column where every sub-item prints one); that place must be the only
/// one. The rows between two placed items (or before the first) are named by the labels
/// between them only when they are as many; otherwise they are reported, as is every row
/// after the last placed item when the labels left are not as many as the rows left (the text
/// cut off). A run one cell short of a row (its change not printed) is read only as a sub-item
/// of a placed item. The label is the item's first word (its other lines cannot be told from
/// the text column's words).
extension FlatTable {
  struct NumberedLabel: Equatable {
    var text: String
    var level: Int
    var number: Int
  }

  static func numberedStream(_ body: Body, meanings: [ColumnMeaning], line: Int) -> FlatRows? {
    let n = meanings.count
    guard n >= 2, meanings.allSatisfy({ $0.kind == .amount || $0.kind == .change }),
      body.rates.isEmpty, body.segments.allSatisfy({ $0.rates.isEmpty })
    else { return nil }
    let allWords = body.segments.flatMap(\.words) + body.words
    guard spacedWords(allWords).contains(where: textColumnWords.contains),
      let labels = numberedLabels(allWords), !labels.isEmpty,
      let (cells, short, printed) = streamRows(body.segments, meanings: meanings, line: line)
    else { return nil }
    guard let placed = placeNumbered(labels, cells, short: short, meanings) else { return nil }
    var result = FlatRows(meanings: meanings, line: line)
    result.meanings = meanings
    for (r, row) in cells.enumerated() {
      guard let label = placed[r] else {
        result.unexplained.append(printed[r])
        continue
      }
      result.rows.append(
        SummaryRowRecord(
          label: label, cells: row.map(\.figure), span: SourceSpan(line: line, endLine: line)))
      result.cellRows.append(row)
    }
    return result.rows.isEmpty ? nil : result
  }

  /// The numbered labels among the words, in printed order: `1.国会サービス経費`, or `(1)` and
  /// the word after it. Nil when the numbering is not whole (a level's numbers from 1 without a
  /// gap, restarting under each item of the level above).
  static func numberedLabels(_ tokens: [Token]) -> [NumberedLabel]? {
    var labels: [NumberedLabel] = []
    var k = 0
    while k < tokens.count {
      let text = tokens[k].text
      k += 1
      guard let (level, number, rest) = enumerated(text) else { continue }
      var name = rest
      if name.isEmpty, k < tokens.count, enumerated(tokens[k].text) == nil {
        name = tokens[k].text
        k += 1
      }
      guard !name.isEmpty else { return nil }
      labels.append(NumberedLabel(text: name, level: level, number: number))
    }
    var last: [Int: Int] = [:]
    for label in labels {
      guard label.number == (last[label.level] ?? 0) + 1, label.level == 1 || last[1] != nil
      else { return nil }
      last[label.level] = label.number
      for deeper in last.keys where deeper > label.level { last[deeper] = nil }
    }
    return labels
  }

  /// `1.名前` (level 1) or `(1)名前` (level 2): the level, the number and the name after it.
  static func enumerated(_ text: String) -> (Int, Int, String)? {
    let chars = Array(text)
    let open = chars.first == "("
    var k = open ? 1 : 0
    let start = k
    while k < chars.count, chars[k].isASCIIDigitCharacter { k += 1 }
    guard (1...2).contains(k - start), k < chars.count, let number = Int(String(chars[start..<k]))
    else { return nil }
    if open, chars[k] == ")" { return (2, number, String(chars[(k + 1)...])) }
    if !open, chars[k] == "." || chars[k] == "．" {
      let rest = String(chars[(k + 1)...])
      // `1.5`: a decimal figure, not an item number.
      guard rest.first?.isASCIIDigitCharacter != true else { return nil }
      return (1, number, rest)
    }
    return nil
  }

  /// The rows of the runs: whole rows whose own arithmetic holds, or a run one cell short of a
  /// row (its last column, a change, not printed), marked short.
  static func streamRows(_ segments: [Body.Segment], meanings: [ColumnMeaning], line: Int)
    -> ([[CellToken]], Set<Int>, [String])?
  {
    let n = meanings.count
    var cells: [[CellToken]] = []
    var short = Set<Int>()
    var printed: [String] = []
    for segment in segments {
      let run = segment.run.map(\.cell)
      guard !run.contains(where: \.isPercent) else { return nil }
      if run.count == n - 1, n >= 3, meanings[n - 1].kind == .change {
        short.insert(cells.count)
        printed.append(segment.run.map(\.text).joined(separator: " "))
        cells.append(
          run + [CellToken(figure: PrintedFigure(amount: nil), isPercent: false, line: line)])
        continue
      }
      guard run.count % n == 0 else { return nil }
      for start in stride(from: 0, to: run.count, by: n) {
        let row = Array(run[start..<(start + n)])
        guard RunTogether.explains(meanings, row) else { return nil }
        cells.append(row)
        printed.append(segment.run[start..<(start + n)].map(\.text).joined(separator: " "))
      }
    }
    return cells.isEmpty ? nil : (cells, short, printed)
  }
}

extension FlatTable {
  /// The label of each row (nil: reported): the numbered items with sub-items placed where
  /// their sums hold (the only such place), the labels between placed items naming the rows
  /// between them when they are as many. Nil when no item is placed.
  static func placeNumbered(
    _ labels: [NumberedLabel], _ cells: [[CellToken]], short: Set<Int>,
    _ meanings: [ColumnMeaning]
  ) -> [Int: String]? {
    // Each parent (a level-1 label with two or more level-2 labels right after it) and its
    // place among the rows.
    var anchors: [(label: Int, row: Int, size: Int)] = []
    var i = 0
    while i < labels.count {
      var j = i + 1
      while j < labels.count, labels[j].level > labels[i].level { j += 1 }
      let size = j - i - 1
      if labels[i].level == 1, size >= 2, labels[(i + 1)..<j].allSatisfy({ $0.level == 2 }) {
        let after = anchors.last.map { $0.row + $0.size + 1 } ?? 0
        let places = (after..<max(after, cells.count - size)).filter {
          isSumOfNext(cells, at: $0, size: size, meanings)
        }
        guard places.count == 1 else { return nil }
        anchors.append((i, places[0], size))
      }
      i = j
    }
    guard !anchors.isEmpty else { return nil }
    var placed: [Int: String] = [:]
    var (label, row) = (0, 0)
    for anchor in anchors + [(labels.count, cells.count, -1)] {
      // The labels and rows between the last placed item and this one.
      if anchor.label - label == anchor.row - row {
        for k in 0..<(anchor.label - label) { placed[row + k] = labels[label + k].text }
      }
      guard anchor.size >= 0 else { break }
      for k in 0...anchor.size { placed[anchor.row + k] = labels[anchor.label + k].text }
      (label, row) = (anchor.label + anchor.size + 1, anchor.row + anchor.size + 1)
    }
    // A short run is read only as a sub-item of a placed item.
    let subItems = Set(anchors.flatMap { a in (a.row + 1)...(a.row + a.size) })
    for r in short where !subItems.contains(r) { placed[r] = nil }
    return placed
  }

  /// Whether row `p` is the sum of the `size` rows after it in every amount column (each
  /// printed in the row) and in the change column where every one of them prints it; a short
  /// row has no change.
  static func isSumOfNext(
    _ cells: [[CellToken]], at p: Int, size: Int, _ meanings: [ColumnMeaning]
  ) -> Bool {
    guard p + size < cells.count else { return false }
    let children = Array(cells[(p + 1)...(p + size)])
    var amounts = 0
    for (c, meaning) in meanings.enumerated() {
      let parts = children.map { $0[c] }
      if meaning.kind == .change, parts.contains(where: { $0.decimal == nil }) {
        continue
      }
      guard FlatRows.addsUp(cells[p][c], parts) else { return false }
      if meaning.kind == .amount { amounts += 1 }
    }
    return amounts >= 2
  }
}

extension FlatTable {
  /// A header whose years are printed with spaced characters (`2 8 年 度2 9 年 度比 較 …`,
  /// `区 分 2 8 年 度 予 算 額 2 9 年 度 …`): the tokens right after the unit statement, while
  /// each is one or two characters, are read as the years they spell (`28年度`, `29年度`), the
  /// other characters kept as printed (`度比` → `29年度`, `比`); digits that spell no year (a
  /// figure after the header) and the tokens after them are left as they are. Unchanged when
  /// fewer than two years are spelled.
  static func spacedYearsRead(
    _ tokens: [Token], at u: Int, unit: String, line: Line, parser: FigureParser
  ) -> Result? {
    let spaced = spacedYears(tokens, after: u)
    guard spaced.count != tokens.count else { return nil }
    return read(spaced, at: u, unit: unit, line: line, parser: parser)
  }

  static func spacedYears(_ tokens: [Token], after u: Int) -> [Token] {
    var result = Array(tokens[...u])
    var year = ""
    var found = 0
    // Where the year being spelled started: its token and the result's length then.
    var start: (token: Int, kept: Int)?
    var next = u + 1
    scan: for k in (u + 1)..<tokens.count {
      let token = tokens[k]
      guard token.text.count <= 2 else { break }
      var rest = ""
      for (c, ch) in token.text.enumerated() {
        if year.isEmpty, !ch.isASCIIDigitCharacter {
          rest.append(ch)
          continue
        }
        if year.isEmpty {
          if !rest.isEmpty { result.append(Token(text: rest, range: token.range)) }
          rest = ""
          start = c == 0 ? (k, result.count) : nil
        }
        let digits = year.allSatisfy(\.isASCIIDigitCharacter)
        guard
          ch.isASCIIDigitCharacter && digits || ch == "年" && digits || ch == "度" && year.last == "年"
        else {
          // Digits not followed by `年`: a figure after the header (undone below).
          if digits, start != nil { break scan }
          return tokens
        }
        year.append(ch)
        if ch == "度" {
          result.append(Token(text: year, range: token.range))
          year = ""
          found += 1
        }
      }
      if !rest.isEmpty { result.append(Token(text: rest, range: token.range)) }
      next = k + 1
    }
    if !year.isEmpty {
      // The digits spell no year: a figure after the header, left as printed.
      guard let start, year.allSatisfy(\.isASCIIDigitCharacter) else { return tokens }
      result.removeSubrange(start.kept...)
      next = start.token
    }
    guard found >= 2 else { return tokens }
    return result + tokens[next...]
  }
}
