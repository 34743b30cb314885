import BudgetModel

/// The header of a settlement account (決算): the columns every ministry's 決算 prints under
/// the words of the accounts law — 歳入予算額 / 徴収決定済額 / 収納済歳入額 / 不納欠損額 /
/// 収納未済歳入額 / 差引額 for revenue, 歳出予算現額 / 支出済歳出額 / 翌年度繰越額 / 不用額 for
/// expenditure — one word per line or several on a line, after `区分(部)` and before `備考`.
///
/// Only the settled amount (収納済歳入額, 支出済歳出額) is a measure of the schema (the
/// settlement of the document's year); the other columns are read to check the account's own
/// identities and are reported, never exported:
/// - 収納済歳入額 − 歳入予算額 = 差引額,
/// - 徴収決定済額 = 収納済歳入額 + 不納欠損額 + 収納未済歳入額,
/// - 歳出予算(現)額 = 支出済歳出額 + 翌年度繰越額 + 不用額 (an empty cell is nothing).
/// A header whose identities cannot be checked (no two of those columns together) is not read
/// here.
enum SettlementHeader {
  enum Role: Equatable {
    case revenueBudget, determined, settledRevenue, lost, unpaid, difference
    case appropriation, expenditureBudget, settledExpenditure, carried, unused
    case priorCarried, reserveUsed, transfers
  }

  /// The words, longest first where one starts another.
  static let words: [(String, Role)] = [
    ("歳入予算額", .revenueBudget), ("徴収決定済額", .determined),
    ("収納済歳入額", .settledRevenue), ("収納済額", .settledRevenue),
    ("収入済歳入額", .settledRevenue), ("収入済額", .settledRevenue),
    ("不納欠損額", .lost), ("収納未済歳入額", .unpaid), ("収納未済額", .unpaid),
    ("差引額", .difference), ("差額", .difference),
    ("歳出予算現額", .expenditureBudget), ("歳出予算額", .appropriation),
    ("予算現額", .expenditureBudget),
    ("支出済歳出額", .settledExpenditure), ("支出済額", .settledExpenditure),
    ("翌年度繰越額", .carried), ("不用額", .unused),
    ("前年度繰越額", .priorCarried), ("予備費使用額", .reserveUsed),
    ("流用等増減額", .transfers),
  ]

  static func role(of header: String) -> Role? {
    words.first { $0.0 == header }?.1
  }

  /// The columns and how many of the texts are header lines (the rest are the first row's
  /// label), when the leading texts are a settlement header whose identities can be checked.
  static func read(_ texts: [String]) -> (meanings: [ColumnMeaning], headerCount: Int)? {
    var meanings: [ColumnMeaning] = []
    var count = 0
    for text in texts {
      guard let line = words(inLine: text) else { break }
      meanings += line
      count += 1
    }
    let roles = Self.roles(meanings).compactMap { $0 }
    guard count > 0, !meanings.isEmpty, roles.count == meanings.count,
      roles.filter({ $0 == .settledRevenue || $0 == .settledExpenditure }).count == 1,
      Set(roles.map { "\($0)" }).count == roles.count, !identities(roles).isEmpty
    else { return nil }
    return (meanings, count)
  }

  /// A header line made of nothing but settlement words, `区分` (with a parenthesized
  /// qualifier, `区分(部)`) and `備考`; nil for any other line.
  static func words(inLine text: String) -> [ColumnMeaning]? {
    var rest = Substring(text.filter { $0 != " " && $0 != "\u{3000}" })
    var columns: [ColumnMeaning] = []
    var sawWord = false
    while !rest.isEmpty {
      if rest.hasPrefix("区分") || rest == "区" || rest == "分" {
        rest = rest.hasPrefix("区分") ? rest.dropFirst(2) : rest.dropFirst()
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")"),
          !rest[..<close].contains(where: \.isNumber)
        {
          rest = rest[rest.index(after: close)...]
        }
        sawWord = true
        continue
      }
      if rest.hasPrefix("備考") {
        rest = rest.dropFirst(2)
        sawWord = true
        continue
      }
      if columns.isEmpty, let side = sidePrefix(rest) {
        rest = rest.dropFirst(side)
        continue
      }
      let known = words.first(where: { rest.hasPrefix($0.0) })
      guard let word = known?.0 ?? unnamed(rest) else { return nil }
      let role = known?.1
      let isSettled = role == .settledRevenue || role == .settledExpenditure
      columns.append(
        ColumnMeaning(
          kind: isSettled ? .amount : .other, header: word, stage: isSettled ? .settlement : nil))
      rest = rest.dropFirst(word.count)
      sawWord = true
    }
    return sawWord ? columns : nil
  }

  /// The identities the roles allow: (total, parts), as role lists. The budget a settlement
  /// is measured against is 歳出予算現額 (the appropriation with what was carried in, the reserve
  /// fund used and transfers); a bare 歳出予算額 is it only when no 現額 is printed beside it.
  static func identities(_ roles: [Role]) -> [(total: Role, parts: [Role])] {
    let spent: [Role] = [.settledExpenditure, .carried, .unused]
    let all: [(total: Role, parts: [Role])] = [
      (.settledRevenue, [.revenueBudget, .difference]),
      (.determined, [.settledRevenue, .lost, .unpaid]),
      (roles.contains(.expenditureBudget) ? .expenditureBudget : .appropriation, spent),
    ]
    return all.filter { identity in ([identity.total] + identity.parts).allSatisfy(roles.contains) }
  }

  /// The rows checked against the account's identities; nil when the columns are no
  /// settlement header.
  static func check(_ meanings: [ColumnMeaning], rows: [[CellToken]]) -> TableArithmetic.Verdict? {
    guard meanings.contains(where: { $0.stage == .settlement && role(of: $0.header) != nil })
    else { return nil }
    let roles = Self.roles(meanings)
    func column(_ role: Role) -> Int? { roles.firstIndex(of: role) }
    var verdict = TableArithmetic.Verdict()
    for identity in identities(roles.compactMap { $0 }) {
      guard let total = column(identity.total) else { continue }
      let parts = identity.parts.compactMap(column)
      verdict.tally(rows, width: meanings.count) { holds(total: total, parts: parts, $0) }
    }
    verdict.failedRows = Array(Set(verdict.failedRows)).sorted()
    return verdict
  }

  /// Whether total = Σ parts on a row within the rounding of the printed figures (one unit of
  /// the coarsest digit per part beyond the first: truncated figures lose up to one each); an
  /// empty cell (`—`, or `|` with nothing) is nothing; nil when the total or every part is not
  /// printed.
  static func holds(total: Int, parts: [Int], _ cells: [CellToken]) -> Bool? {
    guard let sum = cells[total].decimal else {
      return holdsInYen(total: total, parts: parts, cells)
    }
    var values: [DecimalNumber] = []
    for p in parts {
      if let value = cells[p].decimal {
        values.append(value)
      } else if cells[p].figure.amount != nil {
        return nil
      }
    }
    guard !values.isEmpty else { return nil }
    let scale = ([sum] + values).map(\.scale).max() ?? 0
    let coarsest = ([sum] + values).map(\.scale).min() ?? 0
    let diff = abs(sum.scaled(to: scale) - values.reduce(0) { $0 + $1.scaled(to: scale) })
    let unit = TableArithmetic.pow10(scale - coarsest)
    return diff <= unit * Int64(max(parts.count - 1, 1))
  }
}
