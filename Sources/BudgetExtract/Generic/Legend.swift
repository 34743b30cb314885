import BudgetModel

/// What the document's legends say its parentheses and amount marks hold: one legend, learnt
/// from every line as the text is read (`learn`), and read by the rules that need it.
///
/// - Amount marks (shohisha-h27-yosan-an-hosei): `【補正】:平成26年度補正予算の額。
///   【当初】:平成27年度当初予算案の額、()内は平成26年度当初予算の額。`: each mark's year and
///   stage, and the mark whose amounts are followed by the prior year's initial budget in
///   parentheses (`GenericReader+Marked`).
/// - Parentheses (`( )書きは前年度予算額`, `( )内は…を含んだ額`): a figure in parentheses after an
///   amount is the prior year's by the convention of budget overviews; the first legend of
///   parentheses either confirms it (it names 前年 or 当初) or gives them another meaning, and
///   then every prior-year figure read from parentheses is taken back and reported
///   (`applyParenthesesLegend`).
struct Legend {
  /// Each mark (`当初`) and the year and stage it names (`平成27年度当初予算案`).
  var marks: [String: String] = [:]
  /// The mark whose amounts are followed by the prior year's initial budget in parentheses.
  var parenthesized: String?
  /// What the first legend of parentheses said: nil before one is read.
  var parentheses: Parentheses?
  /// A legend of brackets (`〔 〕書きは…`, `【 】内は…`), and the items read from brackets
  /// (`BracketItems`): a legend anywhere in the document takes them back.
  var brackets: (line: Int, text: String)?
  var bracketItems: Set<String> = []
  /// A legend line naming the earlier year's budget the parentheses or brackets hold
  /// (`PriorLegend`), and the lines whose brackets were read as such parentheses.
  var prior: PriorLegend.Statement?
  var priorLines: Set<Int> = []

  enum Parentheses {
    /// The convention: a prior year's (initial) budget.
    case priorYear
    /// Something else, as the legend at this line says.
    case other(line: Int, text: String)
  }

  /// Words that open a legend of parentheses, spaces removed.
  static let parenthesesMarks = [")書き", ")内", "括弧書き", "括弧内", "カッコ書き", "カッコ内"]
}

extension GenericReader {
  static var legendMarks: [String] { Legend.parenthesesMarks }

  /// One line as the layout gives it: what its legend states is learnt, then it is read.
  mutating func read(_ line: Line) {
    learnLegend(line)
    learnBracketLegend(line)
    learnPriorLegend(line)
    consume(bracketsAsParentheses(line))
  }

  /// Learns what a line's legend states, if it states one.
  mutating func learnLegend(_ line: Line) {
    if line.normalized.contains("】") { learnMarkLegend(GenericLine.text(of: line)) }
    // Every mark holds `書` or `内` after a `)` or `括弧`/`カッコ`: most lines are passed over
    // on their scalars, without making their text.
    guard legend.parentheses == nil, line.normalized.contains("書") || line.normalized.contains("内")
    else { return }
    let text = GenericLine.text(of: line)
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard Legend.parenthesesMarks.contains(where: compact.contains) else { return }
    // A unit statement naming one year's budget (`〔単位:百万円、カッコ内は令和3年度予算額〕`):
    // its items carry the legend's words; the transform checks the year.
    if LegendItems.headedStatement(line.normalized, units: units) != nil { return }
    // `()内は前年度予算額`, `()内は平成26年度当初予算の額`: the convention (a prior year's
    // initial budget); anything else is another figure.
    legend.parentheses =
      compact.contains("前年") || compact.contains("当初")
      ? .priorYear : .other(line: line.number, text: text)
  }

  /// Drops every prior-year figure read from parentheses when the legend says otherwise.
  mutating func applyParenthesesLegend() {
    retractBracketItems()
    guard case .other(let legendLine, let legendText) = legend.parentheses else { return }
    // Figures labelled with this legend's own words (`平成14年度予算額`, `LegendItems`): the
    // transform checks the year they name.
    let words = LegendItems.legendLine(legendText)
    for k in amountLines.indices where amountLines[k].prior != nil {
      if let words, amountLines[k].prior?.label == words { continue }
      amountLines[k].prior = nil
      let line = amountLines[k].priorLine ?? amountLines[k].span.line
      amountLines[k].priorLine = nil
      diagnostics.append(
        Diagnostic(
          kind: .unrecognizedLine,
          message:
            "a figure in parentheses is not the prior year's here (line \(legendLine): \(legendText)); not exported",
          text: amountLines[k].label, span: SourceSpan(line: line)))
    }
  }
}
