import BudgetModel

extension GenericReader {
  /// A short text line that can name the amount on the next line (`総 額`), not a year, a
  /// note or a header.
  static func isLabel(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    guard compact.count <= 60, !isNote(text), !compact.contains("年度"),
      !ColumnHeader.hasHeaderWord(compact), !compact.contains("円"), !holdsFigure(compact)
    else { return false }
    return true
  }

  /// A note or reference line: `(注)`, `注1`, `※`, `(参考)`, `*`.
  static func isNote(_ text: String) -> Bool {
    for prefix in ["(注", "注", "※", "(参考", "[参考", "*", "(※"] where text.hasPrefix(prefix) {
      return true
    }
    // `( )書きは…を含んだ額`: the legend of the parentheses (`Legend`).
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    // `〔 〕 対29年度当初予算比の増減(注記)…`: the note replaced after a legend of brackets
    // opening the line is the legend's, not a mark that the line's figures are a note's.
    let legendNote = ClauseFigures.bracketLegend(text) != nil
    let marked = withoutGluedNote(text, legendNote: legendNote)
    return hasNoteMark(text) || marked.contains("(注")
      || legendMarks.contains(where: { compact.hasPrefix($0) || compact.hasPrefix("(" + $0) })
  }

  /// A `※` that marks a note: not one glued to an amount's unit (`827.2 億円※`), which marks
  /// the amount for a note printed elsewhere.
  static func hasNoteMark(_ text: String) -> Bool {
    if refersToNote(text) { return false }
    var previous: Character = " "
    for ch in text {
      if ch == "※", previous != "円" { return true }
      previous = ch
    }
    return false
  }

  /// `廃棄物※※`: marks closing a row label's words refer it to a note printed elsewhere
  /// (kankyo-h17-gaisan-yokyu-gaiyo's `※※ 公共事業(廃棄物)…` under the table); the line is the
  /// label, not a note.
  static func refersToNote(_ text: String) -> Bool {
    var words = Substring(text)
    while words.last == "※" { words = words.dropLast() }
    guard words.count < text.count, let last = words.last, last != " ", !words.contains("※")
    else { return false }
    return !holdsFigure(String(words))
  }

  /// A line that starts a table header: `区分 …`, `所管 …`, or one that names a fiscal year's
  /// stage or a change column.
  static func opensHeader(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " }
    for word in ["区分", "事項", "項目", "組織", "会計名"] where compact.hasPrefix(word) { return true }
    return isLabelColumnWord(text) || SettlementHeader.read([text]) != nil
  }

  /// Header lines that are a table's (they name a label column or a change, rate or ratio),
  /// not a title's.
  static func isTableHeader(_ texts: [String]) -> Bool {
    texts.contains { opensHeader($0) }
      || ColumnHeader.meanings(texts.joined(separator: " ")).contains { $0.kind != .amount }
  }

  /// A header whose every column is an amount that names its own fiscal year and stage, each
  /// pair once: the only reading that may be exported without the rows' arithmetic.
  static func isPlain(_ meanings: [ColumnMeaning]) -> Bool {
    let pairs = meanings.map { "\($0.fiscalYearLabel ?? "")|\($0.stage?.rawValue ?? "")" }
    return meanings.count >= 2
      && meanings.allSatisfy {
        $0.kind == .amount && $0.fiscalYearLabel != nil && $0.stage != nil
      }
      && Set(pairs).count == pairs.count
  }

  /// A line that is one stage word (`当初`, `補正後`).
  static func isStageOnly(_ text: String) -> Bool {
    let compact = Array(text.filter { $0 != " " })
    let (word, length, _) = ColumnHeader.read(compact, at: 0)
    if case .stage = word { return length == compact.count }
    return false
  }

  /// A header line with no header word: the first row's label, printed before its cells.
  static func isLabelOnly(_ text: String) -> Bool {
    if opensHeader(text) || text.contains("年度") || text.contains("%") { return false }
    let compact = text.filter { $0 != " " }
    if compact.count <= 3, compact.hasPrefix("("), compact.hasSuffix(")") { return false }
    if compact == "区" || compact == "分" { return false }
    return !ColumnHeader.hasHeaderWord(text)
  }

  /// `【特別会計】`, `[一般会計]`, `第2 …`, `第二 …`: a heading that starts a section.
  static func isSectionHeading(_ text: String) -> Bool {
    if text.hasPrefix("【") || (text.hasPrefix("[") && text.hasSuffix("]")) { return true }
    let chars = Array(text)
    guard chars.count >= 2, chars[0] == "第" else { return false }
    return chars[1].isASCIIDigitCharacter || "一二三四五六七八九十".contains(chars[1])
  }

  /// One label printed with different amounts outside tables (`無償資金協力 1,869億円` …
  /// `無償資金協力 1,629億円`, a chart of two years): which amount is which year's is not
  /// certain, so none of them is exported; each is reported.
  mutating func dropAmbiguousLabels() {
    // On one line the order tells the parts apart (`公 1兆8,353億円 非 397億円 … 公 1兆4,266億円`).
    var seen: [String: [(line: Int, amount: String)]] = [:]
    // A settled amount its account's identity proved (`readBulletedAccounts`) is placed.
    for record in amountLines where !record.label.isEmpty && record.isSettledAccountLine != true {
      seen[record.label, default: []].append((record.span.line, "\(record.amount)"))
    }
    let ambiguous = Set(
      seen.filter { _, uses in
        uses.contains { a in uses.contains { b in a.line != b.line && a.amount != b.amount } }
      }.keys)
    guard !ambiguous.isEmpty else { return }
    dropAmbiguousLabels(ambiguous)
  }

  /// Reports and drops the amount lines (other than those on the `taken` lines, which a
  /// reading already placed) whose label is printed with different amounts.
  mutating func dropAmbiguousLabels(_ labels: Set<String>, except taken: Set<Int> = []) {
    for record in amountLines
    where !taken.contains(record.span.line) && labels.contains(record.label)
      && record.isSettledAccountLine != true
    {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "the label is printed with different amounts; which year or stage each is for is not certain",
          text: record.label, span: record.span))
    }
    amountLines.removeAll {
      taken.contains($0.span.line)
        || (labels.contains($0.label) && $0.isSettledAccountLine != true)
    }
  }

  /// A text that holds two documents (`平成30年度予算について` … `平成29年度予算について`, as a
  /// mirror joins them): which figures belong to which is not certain, so none is exported.
  mutating func refuseJoinedDocuments() {
    var years: [String: TextRecord] = [:]
    for title in titles {
      let compact = title.text.filter { $0 != " " }
      guard let year = Self.titleFiscalYear(compact),
        ["について", "概要", "ポイント", "総括表"].contains(where: compact.hasSuffix)
      else { continue }
      years[year, default: title] = title
    }
    guard years.count > 1 else { return }
    let named = years.keys.sorted().joined(separator: ", ")
    for table in tables {
      for row in table.rows {
        diagnostics.append(
          Diagnostic(
            kind: .unrecognizedLine, message: "the text joins documents of \(named)",
            text: row.label, span: row.span))
      }
    }
    for record in amountLines {
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine, message: "the text joins documents of \(named)",
          text: record.label, span: record.span))
    }
    tables = []
    amountLines = []
  }

  /// The fiscal year a title starts with (`平成27年度…` → `平成27年度`), after the date the
  /// title may be printed behind (`平成28年7月29日 平成27年度復興予算の決算等について`: the
  /// date is the day of publication, not a second document's year).
  static func titleFiscalYear(_ compact: String) -> String? {
    var rest = Substring(compact)
    func era(_ text: Substring) -> (year: Substring, after: Substring)? {
      guard let name = ["令和", "平成"].first(where: { text.hasPrefix($0) }) else { return nil }
      let body = text.dropFirst(name.count)
      let number = body.hasPrefix("元") ? body.prefix(1) : body.prefix { $0.isASCIIDigitCharacter }
      guard !number.isEmpty else { return nil }
      return (text[text.startIndex..<number.endIndex], body[number.endIndex...])
    }
    if let date = era(rest), date.after.hasPrefix("年"), !date.after.hasPrefix("年度") {
      let month = date.after.dropFirst().drop { $0.isASCIIDigitCharacter }
      if month.hasPrefix("月") {
        rest = month.dropFirst().drop { $0.isASCIIDigitCharacter }
        if rest.hasPrefix("日") { rest = rest.dropFirst() }
      }
    }
    guard let year = era(rest), year.after.hasPrefix("年度") else { return nil }
    return String(year.year) + "年度"
  }

  /// `(+0.7%)`, `(▲1.0%) (+12.3%)`: rates in parentheses and nothing else.
  func isParenthesizedRates(_ text: String) -> Bool {
    let tokens = text.split(separator: " ")
    return !tokens.isEmpty
      && tokens.allSatisfy { token in
        guard token.hasPrefix("("), token.hasSuffix("%)") else { return false }
        return CellToken.parse(String(token.dropFirst().dropLast()), line: 0, parser: parser)?
          .isPercent == true
      }
  }

  /// `(参考)` / `〔参考〕` alone over `一般会計 84兆9871億円`: the whole budget shown for
  /// reference in a document about one policy's budget (set T's first run exported it as the
  /// document's own). The amounts below take the mark, which says nothing of them.
  mutating func takesBareReferenceMark(_ compact: String) -> Bool {
    guard ReferenceHeading.isBare(compact) else { return false }
    context = compact
    contextHasAmounts = false
    return true
  }

  /// Keeps the last line that names a fiscal year as the context of the amounts below it.
  /// Lines that each print only a year (`4年度` / `5年度`) are the column header of figures
  /// printed one per line: the context names all their years, so no amount below is taken
  /// for one of them.
  mutating func updateContext(_ text: String) {
    let compact = text.filter { $0 != " " }
    // `(対前年度比 8.2%増)` under an amount: a rate against the prior year, no heading of the
    // amounts after it.
    if Self.isRateAgainstPrior(compact) { return }
    if takesBareReferenceMark(compact) { return }
    // `括弧内は平成14年度予算額`: what the parentheses hold, no heading of the amounts below
    // (taken for one, the amounts were exported as that year's budget).
    if LegendItems.legendLine(compact) != nil || takesPriorLegend(compact) { return }
    if let note = Self.closingNote(compact) {
      applyClosingNote(note)
      return
    }
    if Self.isBareYear(compact), !contextHasAmounts, let previous = context,
      Self.isBareYear(previous, chained: true)
    {
      context = previous + "・" + compact
    } else if compact.hasPrefix("("), compact.hasSuffix(")"),
      Self.isBareYear(String(compact.dropFirst().dropLast()))
    {
      // `11年度` / `(10年度)`: the legend of the list below (its amounts, then the figures in
      // parentheses); alone, a year in parentheses names no amount.
      if let previous = context, Self.isBareYear(previous), !contextHasAmounts {
        context = previous + compact
      } else {
        context = compact
        contextHasAmounts = false
      }
    } else if compact.contains("年度") || Self.namesBudgetInForce(compact) {
      context = compact
      contextHasAmounts = false
    } else if let rest = ReferenceHeading.remainder(compact) {
      // `(参考)基金残高`, `(参考)融資規模`, `(参考)R7補正予算`: the items below are shown for
      // reference; they take the heading (its year and stage in full where it prints them
      // without `年度`), never the title's year (hunt5).
      context = BareEraStage.fullForm(rest) ?? compact
      contextHasAmounts = false
    } else if let full = BareEraStage.fullForm(compact),
      !BareEraStage.restatesInitial(full, context: context)
    {
      // `R6補正予算`, `R5当初`: a stage heading whose year has no `年度`, read as printed in
      // full so that the items below take its year and stage, not the title's.
      context = full
      contextHasAmounts = false
    } else if takesMeasureHeading(compact) {
      // `【補正予算】`, `○当初予算`, `決算額の推移`, `○執行額`: a heading naming a stage or an
      // amount of the execution and no year; the items below take it (reported where the
      // document's own stage is another: which year's is not printed).
      context = compact
      contextHasAmounts = false
    } else if Self.isSectionHeading(compact) || compact.hasSuffix("ポイント")
      || compact.hasSuffix("概要") || compact.hasPrefix("◆")
    {
      context = nil
    }
  }

  /// `現行予算`, `現計予算`: a heading of the budget in force (as amended so far), no year's
  /// budget the document places; the amounts below take it, never the title's year.
  static func namesBudgetInForce(_ compact: String) -> Bool {
    compact.contains("現行予算") || compact.contains("現計予算")
  }

  /// `(対前年度比8.2%増)`: a percentage against the prior year, alone in parentheses.
  static func isRateAgainstPrior(_ compact: String) -> Bool {
    compact.hasPrefix("(") && compact.hasSuffix(")") && compact.contains("前年")
      && compact.contains("比") && compact.contains("%")
  }

  /// `4年度`, `令和5年度`, `5’年度` (and, when `chained`, several joined by `・`).
  static func isBareYear(_ text: String, chained: Bool = false) -> Bool {
    let parts = chained ? text.split(separator: "・").map(String.init) : [text]
    return parts.allSatisfy { part in
      guard part.hasSuffix("年度") else { return false }
      var rest = part.dropLast(2)
      for era in ["令和", "平成", "昭和"] where rest.hasPrefix(era) { rest = rest.dropFirst(2) }
      return !rest.isEmpty && rest.allSatisfy { $0.isASCIIDigitCharacter || $0 == "元" || $0 == "’" }
    }
  }

  /// A title that names the document (printed again after tables).
  static func namesDocument(_ text: String) -> Bool {
    text.contains("年度")
      && ["概要", "ポイント", "について", "総括表"].contains(where: text.contains)
  }

  /// A unit printed inside the header (`予算額(億円)`).
  static func unit(inHeader texts: [String], units: [String]) -> String? {
    let compact = texts.joined().filter { $0 != " " }
    // `予算額(千円) 要求額(百万円)`: columns of different units; one unit for all would make
    // one of them wrong by a thousand times (hunt4): the table takes none and is reported.
    if mixedUnits(inHeader: texts, units: units) { return nil }
    for unit in units where compact.contains("(\(unit))") || compact.contains("(\(unit),") {
      return unit
    }
    return nil
  }

  /// A label over several lines, or with spaces between its characters, as one label.
  static func joinLabel(_ parts: [String]) -> String {
    parts.map { part -> String in
      var tokens = part.split(separator: " ").map(String.init)
      while let first = tokens.first, GenericLine.bullets.contains(first) { tokens.removeFirst() }
      return tokens.allSatisfy { $0.count == 1 } ? tokens.joined() : tokens.joined(separator: " ")
    }.joined()
  }

  /// The groups of a line that prints several rows one after another
  /// (`総 合 通 信 局 129 138 △9 △6.5 消 防 庁 172 129 43 33.3`): label tokens, then cells.
  func groups(_ line: Line) -> [(String, [CellToken])] {
    var groups: [(String, [CellToken])] = []
    var label: [String] = []
    var cells: [CellToken] = []
    for token in Tokens.split(GenericLine.text(of: line)) {
      if let cell = CellToken.parse(token, line: line.number, parser: parser),
        !label.isEmpty || !groups.isEmpty || !cells.isEmpty
      {
        cells.append(cell)
        continue
      }
      if !cells.isEmpty {
        groups.append((Self.joinLabel([label.joined(separator: " ")]), cells))
        label = []
        cells = []
      }
      label.append(token)
    }
    groups.append((Self.joinLabel([label.joined(separator: " ")]), cells))
    return groups
  }

  func splitsIntoRows(_ line: Line, _ n: Int) -> Bool {
    let found = groups(line)
    return found.count > 1 && found.allSatisfy { !$0.0.isEmpty && $0.1.count == n }
  }

  func rows(in line: Line, _ n: Int) -> [(String, [CellToken])] { groups(line) }

  /// Whether a text line holds something that reads as a figure: digits with a group comma or
  /// a decimal point, or four digits or more that are not a year or a date.
  static func holdsFigure(_ text: String) -> Bool {
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      guard chars[i].isASCIIDigitCharacter else {
        i += 1
        continue
      }
      var j = i
      var separated = false
      while j < chars.count, chars[j].isASCIIDigitCharacter || chars[j] == "," || chars[j] == "." {
        if chars[j] == "," || chars[j] == "." { separated = true }
        j += 1
      }
      let digits = chars[i..<j].filter(\.isASCIIDigitCharacter).count
      let next = j < chars.count ? chars[j] : " "
      let dated = "年月日号次".contains(next) || Self.eraYearFollows(chars, j, digits: digits)
      if !dated, (separated && digits >= 2) || digits >= 4 { return true }
      // `520億円`: a short number with its money unit is a figure too.
      if "兆億円".contains(next)
        || (next == "百" || next == "千") && j + 1 < chars.count
          && (chars[j + 1] == "万" || chars[j + 1] == "円")
      {
        return true
      }
      i = j
    }
    return false
  }

  /// Reports a line with figures that no rule places.
  mutating func report(_ line: Line, text: String, why: String) {
    diagnostics.append(
      Diagnostic(kind: .unrecognizedLine, message: why, text: text, span: line.span))
  }

  /// Reports a line when it carries a figure.
  mutating func reportFigures(in line: Line, text: String, why: String) {
    if line.normalized.contains(where: \.isASCIIDigit) { report(line, text: text, why: why) }
  }
}
