/// What one column of a table holds, as its header prints it: an amount of a fiscal year at a
/// stage of the budget cycle (`令和5年度予算額(A)`), a change (`増△減額(B−A)`), a rate
/// (`増減率(%)`), a ratio to the prior year (`対前年度比`) or a share (`構成比`).
///
/// The extract stage reads it from the header words; the row arithmetic confirms it; the
/// transform stage turns the fiscal year and stage into a measure.
public struct ColumnMeaning: Sendable, Codable, Hashable {
  public enum Kind: String, Sendable, Codable, Hashable {
    case amount
    case change
    case ratePercent = "rate_percent"
    case ratioPercent = "ratio_percent"
    case sharePercent = "share_percent"
    /// A column the header words do not make certain (`うち…`, `内訳`): its cells are
    /// reported, never exported.
    case other
  }

  /// The stage of the budget cycle an amount column names.
  public enum Stage: String, Sendable, Codable, Hashable {
    /// 当初, 予算額, 成立: the initial (enacted) budget.
    case initial
    /// 要求額, 要求・要望額, 概算要求.
    case request
    /// 予算案, 政府案.
    case proposal
    /// 補正予算額, 補正(第N号): the supplementary budget itself.
    case supplementary
    /// 補正後: the budget after its supplementary budgets.
    case revised
    /// 決算.
    case settlement
  }

  public var kind: Kind
  /// The header words of the column as printed (joined, spaces removed).
  public var header: String
  /// The fiscal year as printed (`令和5年度`, `6年度`, `30年度`, `前年度`); nil when the header
  /// names none.
  public var fiscalYearLabel: String?
  public var stage: Stage?
  /// The letter the header gives the column (`A` for `(A)`).
  public var letter: String?
  /// The letters of a formula the header prints (`B−A` → `["B", "A"]`).
  public var formula: [String]
  /// A rate whose prior-year base the table prints nowhere: the growth of the amount column
  /// right before it, proven by the sums of the prior amounts the rates imply
  /// (`SumFormulaRates`). Nil otherwise.
  public var impliedBase: Bool?
  /// A part of another column (`令和2年度予算(当初)うち通常分` under `令和2年度予算(当初)`): the
  /// index of that column, set only once the table's own arithmetic proves the parts (they add
  /// up to their column in every row, and the parts' own B − A = C holds). Its cells are that
  /// column's measure, exported as a part (not summed). Nil otherwise.
  public var partOf: Int?

  public init(
    kind: Kind, header: String, fiscalYearLabel: String? = nil, stage: Stage? = nil,
    letter: String? = nil, formula: [String] = []
  ) {
    self.kind = kind
    self.header = header
    self.fiscalYearLabel = fiscalYearLabel
    self.stage = stage
    self.letter = letter
    self.formula = formula
  }
}

/// An amount printed in running text or in an item list, with a label, outside any table:
/// `一般会計 18兆5,238億円`, `(1) ○○の推進 123億円（110億円）`, `【補正予算】 30億円`.
public struct AmountLineRecord: Sendable, Codable, Hashable {
  public enum Scope: String, Sendable, Codable, Hashable {
    /// A total in running text or a title block.
    case headline
    /// An entry of an item list (numbered, ○, ①, (1)).
    case item
  }
  public var scope: Scope
  public var label: String
  /// The amount of the document's own budget year and stage.
  public var amount: PrintedFigure
  /// The prior-year amount printed in parentheses after it.
  public var prior: PrintedFigure?
  /// The line the prior-year amount is printed on, when it is not the amount's line.
  public var priorLine: Int?
  /// The last line above that names a fiscal year (a heading such as `令和7年度補正予算`):
  /// the year and stage of an amount whose label names none.
  public var context: String?
  /// A 【補正予算】 amount stated with the entry.
  public var supplementary: PrintedFigure?
  /// The change rate printed with the entry (`247 億円 ⇒ 283 億円 (+14.7%)`), once the
  /// amounts' own arithmetic has confirmed it.
  public var changeRatePercent: DecimalNumber?
  /// The change from the prior amount printed with the entry (`…(2兆7,222億円)と比べ、2,991億円、
  /// 11.0%の増額`), once the amounts' own arithmetic has confirmed it, and its line when it is
  /// not the amount's.
  public var change: PrintedFigure?
  public var changeLine: Int?
  /// A part of the amount line before it (`総額1,685億円(うちODA1,272億円)`): not summed.
  public var isPart: Bool?
  /// The settled amount (支出済歳出額) of an account printed as bulleted amounts whose
  /// identities hold (`GenericReader+BulletedAccount`): the settlement of the document's year.
  public var isSettledAccountLine: Bool?
  public var span: SourceSpan

  public init(
    scope: Scope, label: String, amount: PrintedFigure, prior: PrintedFigure? = nil,
    supplementary: PrintedFigure? = nil, span: SourceSpan
  ) {
    self.scope = scope
    self.label = label
    self.amount = amount
    self.prior = prior
    self.supplementary = supplementary
    self.span = span
  }
}
