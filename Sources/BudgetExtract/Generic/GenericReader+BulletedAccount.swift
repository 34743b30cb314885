import BudgetModel

/// An organization's settlement account printed as a list of bulleted amounts (kokkai-h28-
/// kessan-ndl-blog lines 11-18, under `国立国会図書館`):
///
///     • 歳出予算額: 195億円
///     • 前年度繰越: 3億円
///     • 予算総額: 198億円
///     • 支出済歳出額: 189.7億円
///     • 翌年度繰越額: 2.4億円
///     • 不用額: 5.5億円
///
/// Three or more amount lines on consecutive lines (or amounts of one sentence: `職員の人件費…
/// 歳出予算額96.6億円、支出済額93.4億円、不用額3.2億円…`, lines 20-22), each named by one line of the account
/// (each once): the accounts law's words, `前年度繰越` (carried in) and `予算総額` (the budget
/// with it). The block is proven when the account's identity holds in yen within the printed
/// digits: the budget (歳出予算現額; `予算総額` only when it is 歳出予算額 + 前年度繰越 as printed;
/// 歳出予算額 when nothing carried in is printed) = 支出済 + 翌年度繰越 + 不用 (a part not printed
/// counts as nothing only when two are). Then the settled line is marked as the settlement
/// (`isSettledAccountLine`: the transform exports it only in a settlement's document, as the
/// document's year) and every other line of the block is reported; unproven, nothing changes.
extension GenericReader {
  enum BulletedRole: Equatable {
    case budget, carriedIn, total, current, settled, carried, unused
  }

  static let bulletedWords: [(String, BulletedRole)] = [
    ("歳出予算額", .budget), ("前年度繰越額", .carriedIn), ("前年度繰越", .carriedIn),
    ("予算総額", .total), ("歳出予算現額", .current), ("予算現額", .current),
    ("支出済歳出額", .settled), ("支出済額", .settled), ("翌年度繰越額", .carried),
    ("不用額", .unused),
  ]

  /// `• 歳出予算額:` → budget: the label without list marks, spaces and a closing colon.
  static func bulletedRole(_ label: String) -> BulletedRole? {
    var word = Substring(label.filter { $0 != " " && $0 != "\u{3000}" })
    word = word.drop { "•●○◎◆◇■□・※-◦".contains($0) }
    while let last = word.last, last == ":" || last == "：" { word = word.dropLast() }
    // `歳出予算額のうち支出済額`: a clause of a sentence read as a part of the line before it.
    if let part = word.range(of: "のうち", options: .backwards) {
      word = word[part.upperBound...]
    }
    return bulletedWords.first { $0.0 == String(word) }?.1
  }

  mutating func readBulletedAccounts(_ lines: [Line] = []) {
    var blocks: [Range<Int>] = []
    var k = 0
    while k < amountLines.count {
      var end = k + 1
      while end < amountLines.count,
        amountLines[end].span.line == amountLines[end - 1].span.endLine + 1
          || amountLines[end].span.line == amountLines[end - 1].span.line
      {
        end += 1
      }
      if end - k >= 3 { blocks.append(k..<end) }
      k = end
    }
    // From the last block: reading one removes lines, not those of the blocks before it.
    for block in blocks.reversed() where !namesOtherAccount(block, lines) {
      readBulletedAccount(block, subject: sentenceSubject(block, lines))
    }
  }

  /// The words a sentence's account is about (`職員の人件費(説明文)歳出予算額96.6億円、支出済額…` →
  /// `職員の人件費`): the block on one line, the words before its first amount's label, replaced
  /// prose and marks dropped; nil when the block is a list of lines or no such words are printed
  /// (the amounts' own labels name only the account's measures, never the row).
  func sentenceSubject(_ block: Range<Int>, _ lines: [Line]) -> String? {
    let number = amountLines[block.lowerBound].span.line
    guard block.allSatisfy({ amountLines[$0].span.line == number }),
      let line = Self.lines(lines, before: number + 1).last, line.number == number
    else { return nil }
    let text = GenericLine.text(of: line)
    let first = amountLines[block.lowerBound].label
    guard !first.isEmpty, let at = text.range(of: first) else { return nil }
    var lead = String(text[..<at.lowerBound])
    for prose in ClauseFigures.prose { lead = lead.replacing(prose, with: " ") }
    lead = lead.trimmingSpaces
    while let last = lead.last, "、,:：は".contains(last) || last == " " { lead.removeLast() }
    guard lead.count >= 2, !lead.contains(" "), !lead.contains(where: \.isNumber),
      !lead.contains("(")
    else { return nil }
    return lead
  }

  /// Whether the heading right above the block, or its first line's words before the first
  /// amount, name another account than the document year's (`前年度の職員の人件費（説明文）歳出予算額
  /// …`, `国立国会図書館(5年間の合計)` over the list: hunt6, `namesOtherAccount`).
  func namesOtherAccount(_ block: Range<Int>, _ lines: [Line]) -> Bool {
    let first = amountLines[block.lowerBound].span.line
    let heading = listHeading(lines, before: first) ?? ""
    let own = Self.lines(lines, before: first + 1).last.map(GenericLine.text(of:)) ?? ""
    let lead = String(own.prefix { !$0.isNumber }).replacing("前年度繰越", with: "")
    return Self.namesOtherAccount(heading) || Self.namesOtherAccount(lead)
  }

  mutating func readBulletedAccount(_ block: Range<Int>, subject: String? = nil) {
    let roles = block.map { Self.bulletedRole(amountLines[$0].label) }
    guard roles.allSatisfy({ $0 != nil }), Set(roles.map { "\($0!)" }).count == roles.count,
      let settled = roles.firstIndex(of: .settled),
      Self.bulletedAccountHolds(
        roles.map { $0! },
        block.map { CellToken(figure: amountLines[$0].amount, isPercent: false, line: 0) })
    else { return }
    for (offset, k) in block.enumerated() where offset != settled {
      let record = amountLines[k]
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message: "a line of the settlement account other than the settled amount is not exported",
          text: record.label, span: record.span))
    }
    amountLines[block.lowerBound + settled].isSettledAccountLine = true
    let own = amountLines[block.lowerBound + settled].label
    if let subject,
      let word = Self.bulletedWords.first(where: { $0.1 == .settled && own.hasSuffix($0.0) })?.0
    {
      // `歳出予算額のうち支出済額` names a measure: the row is the sentence's subject.
      amountLines[block.lowerBound + settled].label = subject + "の" + word
    }
    let reported = Set(block.filter { $0 != block.lowerBound + settled })
    amountLines = amountLines.indices.filter { !reported.contains($0) }.map { amountLines[$0] }
  }

  /// Whether the block's identities hold in yen (see the type's comment).
  static func bulletedAccountHolds(_ roles: [BulletedRole], _ cells: [CellToken]) -> Bool {
    func at(_ role: BulletedRole) -> Int? { roles.firstIndex(of: role) }
    var total = at(.current)
    if total == nil, let sum = at(.total), let budget = at(.budget), let carried = at(.carriedIn) {
      guard SettlementHeader.holdsInYen(total: sum, parts: [budget, carried], cells) == true
      else { return false }
      total = sum
    }
    if total == nil, at(.carriedIn) == nil, at(.total) == nil { total = at(.budget) }
    let parts = [BulletedRole.settled, .carried, .unused].compactMap(at)
    guard let total, parts.count >= 2 else { return false }
    return SettlementHeader.holdsInYen(total: total, parts: parts, cells) == true
  }
}
