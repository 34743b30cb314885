import BudgetModel

/// A table printed one cell per line whose header names only its two amount columns while
/// every row prints four cells: the two amounts, then a change and its rate whose headers the
/// page does not print (財務省's 主要経費別内訳 as PDF-to-text gives it, national-r5-shuyo-keihi-p6):
///
///     (単位:億円)
///     4年度予算
///     (当初)
///     5年度予算
///     …
///     恩給関係費
///     1,221
///     970
///     ▲252
///     ▲20.6%
///
/// The two unheaded columns are read as the change (B − A) and its rate (C / A) only when the
/// cells come in whole groups of four between text lines and every group's own arithmetic
/// proves it: each group printing all four figures satisfies both relations at the printed
/// precision (at least three such groups), the third cell is never a percentage and the fourth
/// always is (or is `-`), and a group with `-` cells is a new item (`-`, B, C = B) or an
/// unchanged one (A = B, `-`, `-`): `DashRow`. Only the first group after a text
/// line is that line's row; the other groups (sub-rows, rows whose labels the conversion moved
/// away) have no printed label and are reported.
enum UnheadedQuads {
  enum Entry {
    case cell(CellToken)
    case text(String, Line)
  }

  struct Row {
    var label: String
    var labelLine: Line
    var cells: [CellToken]
  }

  struct Reading {
    var meanings: [ColumnMeaning]
    var rows: [Row]
    /// Groups of four cells with no label printed before them.
    var unlabeled: [[CellToken]]
  }

  /// Whether a header is the two amounts this shape needs: two years of one era one apart,
  /// the earlier first, and no other column.
  static func accepts(_ header: [ColumnMeaning]) -> Bool {
    guard header.count == 2, header.allSatisfy({ $0.kind == .amount && $0.formula.isEmpty }),
      let a = ColumnMeaning.yearKey(header[0].fiscalYearLabel),
      let b = ColumnMeaning.yearKey(header[1].fiscalYearLabel)
    else { return false }
    return a.era == b.era && b.n - a.n == 1
  }

  static func meanings(_ header: [ColumnMeaning]) -> [ColumnMeaning] {
    header + [
      ColumnMeaning(kind: .change, header: "(増減額: 見出しなし)"),
      ColumnMeaning(kind: .ratePercent, header: "(増減率%: 見出しなし)"),
    ]
  }

  static func read(_ entries: [Entry], header: [ColumnMeaning]) -> Reading? {
    guard accepts(header) else { return nil }
    let meanings = meanings(header)
    var reading = Reading(meanings: meanings, rows: [], unlabeled: [])
    var texts: [(String, Line)] = []
    var run: [CellToken] = []
    var proven = 0
    func flush() -> Bool {
      guard !run.isEmpty else { return true }
      guard run.count % 4 == 0 else { return false }
      for start in stride(from: 0, to: run.count, by: 4) {
        let group = Array(run[start..<start + 4])
        guard let full = holds(group, meanings) else { return false }
        if full { proven += 1 }
        if start == 0, let (text, line) = texts.last, isLabel(text) {
          reading.rows.append(Row(label: text, labelLine: line, cells: group))
        } else {
          reading.unlabeled.append(group)
        }
      }
      run = []
      texts = []
      return true
    }
    for entry in entries {
      switch entry {
      case .cell(let cell): run.append(cell)
      case .text(let text, let line):
        guard flush() else { return nil }
        texts.append((text, line))
      }
    }
    guard flush(), proven >= 3, !reading.rows.isEmpty else { return nil }
    return reading
  }

  /// Whether a group of four cells is a row of the two amounts, the change and its rate:
  /// true when all four are figures and both relations hold, false for a proven row with `-`
  /// cells, nil when the group is no such row.
  static func holds(_ group: [CellToken], _ meanings: [ColumnMeaning]) -> Bool? {
    guard !group[0].isPercent, !group[1].isPercent, !group[2].isPercent,
      group[3].isPercent || group[3].figure.amount == nil
    else { return nil }
    if group.allSatisfy({ $0.decimal != nil }) {
      let verdict = TableArithmetic.check(meanings, rows: [group])
      return verdict.failedRows.isEmpty && verdict.held == 2 ? true : nil
    }
    return DashRow.proven(meanings, group) ? false : nil
  }

  /// A row label: words with no figure, no unit and no note mark (`(参考)ODA` is a row).
  static func isLabel(_ text: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard !compact.isEmpty, compact.count <= 40, !compact.contains("円"),
      !compact.contains(where: \.isASCIIDigitCharacter)
    else { return false }
    return !["(注", "注", "※", "*", "(※"].contains { compact.hasPrefix($0) }
  }
}
