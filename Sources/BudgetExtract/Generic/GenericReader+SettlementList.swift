import BudgetModel

/// `農林水産本省` / `  •  歳出予算額: 2兆0958億円` / `  •  前年度繰越: 2064億円` / … /
/// `  • 支出済額  : 1兆8455億円` / `  • 翌年度繰越 : 4089億円` / `  • 不用額   : 616億円` (a blog reading
/// a 決算, norin-h28-kessan-ippan-blog, kokkai-h28-kessan-ndl-blog): a heading, then one amount
/// per line each named by a line of the settlement account (the words of the accounts law,
/// also without their last `額`: `前年度繰越`, `翌年度繰越`; `予算総額` for 歳出予算現額).
///
/// The list is an account of the heading's entity, and its settled amount (支出済額) is read
/// only when the account's identity proves it: 歳出予算現額 (or, with none printed, 歳出予算額) =
/// 支出済額 + 翌年度繰越額 + 不用額 in yen, within one unit of the coarsest printed digit per part
/// beyond the first (the total and two parts printed at least). It is the settlement of the
/// document's year (a settlement's document only: elsewhere the column has no measure); the
/// list's other account lines are reported; a line of the list whose words are no account
/// line (`全根の繰越`, a misprint) is left as the line reader left it.
extension GenericReader {
  mutating func readSettlementLists(_ lines: [Line]) {
    var lists: [[Int]] = []
    for k in amountLines.indices {
      if let last = lists.last?.last, amountLines[k].span.line == amountLines[last].span.line + 1 {
        lists[lists.count - 1].append(k)
      } else {
        lists.append([k])
      }
    }
    var taken = Set<Int>()
    for list in lists { taken.formUnion(readSettlementList(list, lines)) }
    amountLines = amountLines.indices.filter { !taken.contains($0) }.map { amountLines[$0] }
  }

  /// One run of amount lines on consecutive lines; the amount lines it took.
  mutating func readSettlementList(_ list: [Int], _ lines: [Line]) -> Set<Int> {
    let roles = list.map { Self.listRole(amountLines[$0]) }
    let known = list.indices.filter { roles[$0] != nil }
    guard known.count >= 3, let first = list.first.map({ amountLines[$0].span.line }),
      let heading = listHeading(lines, before: first), !Self.namesAYear(heading),
      !Self.namesOtherAccount(heading),
      known.allSatisfy({ underTitleOnly(amountLines[list[$0]]) })
    else { return [] }
    let entries = known.map { i in
      let record = amountLines[list[i]]
      return SettlementAccount.Entry(
        role: roles[i]!, label: Self.listWord(record.label),
        cells: [CellToken(figure: record.amount, isPercent: false, line: record.span.line)])
    }
    let reading = SettlementAccount.Reading(years: [""], unit: "", entries: entries)
    guard Set(entries.map { "\($0.role)" }).count == entries.count,
      let kept = SettlementAccount.provenSettled(reading), kept.count == 1
    else { return [] }
    let settled = entries[kept[0]]
    var table = SummaryTableRecord(
      section: heading, unit: nil, columns: [settled.label],
      rows: [
        SummaryRowRecord(
          label: heading, cells: [settled.cells[0].figure],
          span: SourceSpan(line: settled.cells[0].line))
      ],
      span: SourceSpan(line: first, endLine: amountLines[list[list.count - 1]].span.line))
    table.meanings = [ColumnMeaning(kind: .amount, header: settled.label, stage: .settlement)]
    table.confirmed = true
    for (k, entry) in entries.enumerated() where k != kept[0] {
      diagnostics.append(entry.notExported)
    }
    tables.insert(table, at: tables.firstIndex { $0.span.line > first } ?? tables.endIndex)
    return Set(known.map { list[$0] })
  }

  /// Whether the heading naming a year in force at the amount line is none, names no numbered
  /// year (`…翌年度繰越…`), or is the document's title (its first title line naming a year): a
  /// list under `平成27年度決算` in 平成28年度's text is no account of the document's year.
  func underTitleOnly(_ record: AmountLineRecord) -> Bool {
    func compact(_ text: String) -> String { text.filter { $0 != " " && $0 != "\u{3000}" } }
    guard let context = record.context.map(compact), Self.namesAYear(context) else { return true }
    return titles.first { $0.text.contains("年度") }.map { compact($0.text) } == context
  }

  /// `2015年度`, `平成27年`: a heading naming a year names another account than the title's.
  static func namesAYear(_ text: String) -> Bool {
    let chars = Array(text)
    return chars.indices.contains { k in
      k > 0 && chars[k] == "年" && (chars[k - 1].isNumber || chars[k - 1] == "元")
    }
  }

  /// `前年度の国立国会図書館`, `(参考)昨年度`, `…(決算見込み)`, `…(累計)`, `…(5年間の合計)` (hunt6,
  /// variants of kokkai-h28-kessan-ndl-blog): a heading naming a year by a word (the year
  /// before, after), an estimate or a sum over years names another account than the document
  /// year's settlement.
  static let otherAccountWords = [
    "前年", "昨年", "前々年", "翌年度", "来年度", "見込", "累計", "年間", "か年", "ヶ年", "カ年", "平均",
  ]

  static func namesOtherAccount(_ text: String) -> Bool {
    otherAccountWords.contains(where: text.contains)
  }

  /// The account line an amount line of a list names, when it prints nothing but its amount.
  static func listRole(_ record: AmountLineRecord) -> SettlementHeader.Role? {
    guard record.prior == nil, record.change == nil, record.supplementary == nil,
      record.isPart != true, record.amount.amount?.isNegative == false
    else { return nil }
    let word = listWord(record.label)
    if word == "予算総額" { return .expenditureBudget }
    return SettlementHeader.role(of: word) ?? SettlementHeader.role(of: word + "額")
  }

  /// The label without its list mark, spaces and colon (`  •  前年度繰越:` → `前年度繰越`).
  static func listWord(_ label: String) -> String {
    var word = Substring(label.filter { $0 != " " && $0 != "\u{3000}" })
    word = word.drop { "•・●○◎◆◇■□※-*".contains($0) }
    while let last = word.last, ":：".contains(last) { word = word.dropLast() }
    return String(word)
  }

  /// The heading right above a list (blank lines between): a text line, its `「」` dropped.
  func listHeading(_ lines: [Line], before start: Int) -> String? {
    let above = Self.lines(lines, before: start).last { !GenericLine.text(of: $0).isEmpty }
    guard let line = above, case .text(let text) = GenericLine.classify(line, parser: parser)
    else { return nil }
    var heading = Substring(text.trimmingCharacters(in: .whitespaces))
    if heading.first == "「", heading.last == "」", heading.count > 2 {
      heading = heading.dropFirst().dropLast()
    }
    return heading.isEmpty ? nil : String(heading)
  }
}
