import BudgetModel

/// Turns a table column's meaning (fiscal year as printed, stage) into a measure of the
/// document's schema, or says why it cannot: a column whose year or stage is not certain is
/// never given a measure by guess.
struct ColumnMeasure {
  var info: DocumentInfo
  var eras: EraCalendar

  enum Outcome: Equatable {
    case measure(Measure, year: Int, label: String)
    /// The change column (its year is the budget year).
    case change
    case rate
    /// Not a figure of the schema (a ratio, a share, a column of unknown meaning): reported.
    case unsupported(String)
  }

  /// The stage the document itself is at.
  var documentStage: ColumnMeaning.Stage {
    let code = info.phase.code
    if code == "request" { return .request }
    if code == "proposal" { return .proposal }
    if code.hasPrefix("supplementary") { return .supplementary }
    if code == "settlement" { return .settlement }
    return .initial
  }

  /// The stage whose words name the document's own amounts: its stage, or `request` in a
  /// request for that stage's budget (`BudgetPhase.requested`: `補正予算要望`), whose amounts
  /// are measured `request` (`RequestedAmounts`), never the enacted supplementary budget.
  var ownStage: ColumnMeaning.Stage { info.phase.isRequested ? .request : documentStage }

  /// The Gregorian year of a printed label: `令和5年度`, `5年度` (in the document's era),
  /// `前年度`, `本年度`.
  func year(_ label: String) -> Int? {
    if label == "前年度" { return info.fiscalYear - 1 }
    if label == "本年度" || label == "今年度" { return info.fiscalYear }
    if let match = eras.matches(in: label).first { return match.year }
    // A year without its era (`30年度`): the one era that puts it within ten years before the
    // document's year (or the year after); none or two is not certain.
    var digits = label.prefix { $0.isASCIIDigitCharacter || $0 == "元" }
    if digits == "元" { digits = "1" }
    guard let n = Int(digits) else { return nil }
    // `2025年度`: four digits are the Gregorian year itself.
    if digits.count == 4, label.dropFirst(4).hasPrefix("年度") {
      return (1989...2100).contains(n) ? n : nil
    }
    let candidates = Set(eras.eras.values.map { $0 + n - 1 }).filter {
      ($0 >= info.fiscalYear - 10) && ($0 <= info.fiscalYear + 1)
    }
    return candidates.count == 1 ? candidates.first : nil
  }

  /// Each column's outcome, with a change or rate column kept only when it compares the
  /// budget year's column with the prior year's (`C − A` against a year two back is not the
  /// schema's change).
  func checkedOutcomes(_ meanings: [ColumnMeaning]) -> [Outcome] {
    var outcomes = withParallelInitial(meanings.map(outcome), meanings)
    if let later = columnAfterBudgetYear(meanings) {
      return outcomes.map { _ in
        .unsupported(
          "a column of a year after the document's budget year (\(later)): which column is the budget year is not certain"
        )
      }
    }
    let relations = ColumnMeaning.relations(meanings)
    func isBudget(_ k: Int) -> Bool {
      if case .measure(.budget, _, _) = outcomes[k] { return true }
      return false
    }
    func isPriorYear(_ k: Int) -> Bool {
      switch outcomes[k] {
      // A change from the prior year's supplementary budget is none of the schema's (hunt5:
      // `令和7年度補正予算額(A) 令和8年度要求額(B) 増△減額(B-A)` exported its changes).
      case .measure(.priorInitial, let year, _):
        return year == info.fiscalYear - 1
      default: return false
      }
    }
    for k in outcomes.indices where outcomes[k] == .change || outcomes[k] == .rate {
      let relation = relations.first { $0.result == k }
      if outcomes[k] == .change, let r = relation, !r.isQuotient,
        isFirstSupplementary(revised: outcomes[r.lhs], initial: outcomes[r.rhs])
      {
        outcomes[k] = .measure(.budget, year: info.fiscalYear, label: info.fiscalYearLabel)
        continue
      }
      let fits: Bool
      switch (outcomes[k], relation) {
      case (.change, let r?): fits = isBudget(r.lhs) && isPriorYear(r.rhs)
      case (.rate, let r?) where r.isGrowth: fits = isBudget(r.lhs) && isPriorYear(r.rhs)
      case (.rate, let r?): fits = outcomes[r.lhs] == .change && isPriorYear(r.rhs)
      case (.rate, nil) where meanings[k].impliedBase == true: fits = k > 0 && isBudget(k - 1)
      default: fits = false
      }
      if !fits {
        outcomes[k] = .unsupported(
          "a \(meanings[k].kind.rawValue) column that does not compare the budget year with the prior year (\(meanings[k].header))"
        )
      }
    }
    return outcomes
  }

  /// The outcomes for one row. An amount column that prints an earlier year but no stage
  /// (`4年度(A)`) is that year's initial budget in a row whose label names `当初` and no other
  /// stage (`一般会計ODA予算` / `当初`): the row states the stage its header leaves out.
  /// A row of a volume or scale of works (`ODA事業量`, `事業規模`), not of a budget: none of
  /// its figures (amounts, changes, rates) is a measure of the schema.
  func outcomes(_ columns: [Outcome], meanings: [ColumnMeaning], rowLabel: String) -> [Outcome] {
    let compact = rowLabel.filter { $0 != " " }
    if ["事業量", "事業規模"].contains(where: compact.contains) {
      return columns.map { _ in
        .unsupported("a row of a volume of works, not a budget (\(compact))")
      }
    }
    guard rowLabel.contains("当初"), !Self.namesOtherStage(rowLabel) else { return columns }
    var outcomes = columns
    for (k, meaning) in meanings.enumerated()
    where meaning.kind == .amount && meaning.stage == nil && k < outcomes.count {
      guard case .unsupported = outcomes[k], let label = meaning.fiscalYearLabel,
        let y = year(label), y < info.fiscalYear - 1
      else { continue }
      outcomes[k] = .measure(.initial, year: y, label: label)
    }
    return outcomes
  }

  /// Whether the document is at a stage after its year's initial budget, so that a column of
  /// the budget year's 当初 or 補正後 is another stage of that year (not the document's own).
  var printsOtherStagesOfItsYear: Bool {
    documentStage == .supplementary || documentStage == .settlement
  }

  /// The budget year's 補正後 − 当初 in the year's first supplementary budget is that budget
  /// itself (there is no earlier one); in a later one it sums several, and is reported.
  func isFirstSupplementary(revised: Outcome, initial: Outcome) -> Bool {
    guard info.phase.code == "supplementary-1",
      case .measure(.revised, let a, _) = revised, case .measure(.initial, let b, _) = initial
    else { return false }
    return a == info.fiscalYear && b == info.fiscalYear
  }

  /// Whether a row label names a stage of the budget cycle (`当初+前年度補正`, `要求額`).
  static func namesOtherStage(_ label: String) -> Bool {
    ColumnMeaning.Stage.named(in: label).contains { $0 != .initial }
  }

  func outcome(_ meaning: ColumnMeaning) -> Outcome {
    switch meaning.kind {
    case .change: return .change
    case .ratePercent: return .rate
    case .ratioPercent, .sharePercent:
      return .unsupported("a \(meaning.kind.rawValue) column (\(meaning.header))")
    case .other:
      // `うち…`, `内訳`, `事業費` (the cost of the works, not the budget amount).
      return .unsupported("a column that is no measure of the schema (\(meaning.header))")
    case .amount: break
    }
    if let sum = supplementarySumOutcome(meaning) { return sum }
    let year = meaning.fiscalYearLabel.flatMap(year)
    var stage = meaning.stage
    // In a 予算(案) document the budget year has no enacted budget yet: its `予算額` (not
    // `当初`) is the proposal.
    if documentStage == .proposal, year == info.fiscalYear, stage == .initial,
      !meaning.header.contains("当初")
    {
      stage = .proposal
    }
    switch (year, stage) {
    // (In a supplementary budget, the budget year's column without a stage, `3年度予算`, may be
    // its 当初 or 補正後 as well as the supplementary budget itself: reported.)
    case (let y?, let s)
    where y == info.fiscalYear
      && ((s == nil && documentStage != .supplementary) || s == ownStage):
      return .measure(.budget, year: y, label: info.fiscalYearLabel)
    // (A settlement's prior-year column without a stage may be that year's settlement or its
    // budget, a supplementary budget's its 補正後 (財務省's 補正予算の説明: 「前年度予算額は、
    // 補正後の計数である」): not certain, reported.)
    case (let y?, let s)
    where y == info.fiscalYear - 1
      && (s == .initial || (s == nil && !printsOtherStagesOfItsYear)):
      return .measure(.priorInitial, year: y, label: meaning.fiscalYearLabel ?? "")
    case (let y?, .supplementary?) where y == info.fiscalYear - 1:
      return .measure(.priorSupplementary, year: y, label: meaning.fiscalYearLabel ?? "")
    case (nil, let s?) where s == ownStage:
      return .measure(.budget, year: info.fiscalYear, label: info.fiscalYearLabel)
    case (let y?, .initial?) where y < info.fiscalYear - 1:
      return .measure(.initial, year: y, label: meaning.fiscalYearLabel ?? "")
    case (let y?, .settlement?) where y < info.fiscalYear:
      return .measure(.settlement, year: y, label: meaning.fiscalYearLabel ?? "")
    case (let y?, .revised?) where y < info.fiscalYear:
      return .measure(.revised, year: y, label: meaning.fiscalYearLabel ?? "")
    // A supplementary budget or a settlement prints its own year's 当初 and 補正後 beside its
    // figures (`3年度予算当初→補正後`): the budget year at other stages than the document's. A
    // bare `予算額` there may already hold an earlier supplementary budget: only `当初` says.
    case (let y?, .initial?)
    where y == info.fiscalYear && printsOtherStagesOfItsYear && meaning.header.contains("当初"),
      (let y?, .revised?) where y == info.fiscalYear && printsOtherStagesOfItsYear:
      return .measure(
        stage == .initial ? .initial : .revised, year: y, label: meaning.fiscalYearLabel ?? "")
    default:
      return .unsupported(
        "a column whose year and stage the schema has no measure for (\(meaning.header))")
    }
  }

  /// The sum of a year's numbered supplementary budgets (`計` after `1次補正 2次補正 3次補正`,
  /// `GenericReader+StageSums`) is the budget of a document about them all, not of one of
  /// them: reported in a document of a numbered supplementary budget.
  func supplementarySumOutcome(_ meaning: ColumnMeaning) -> Outcome? {
    guard meaning.stage == .supplementary, ["計", "合計", "総計"].contains(meaning.header),
      info.phase.code != "supplementary"
    else { return nil }
    return .unsupported(
      "the sum of several supplementary budgets in a document of one of them (\(meaning.header))")
  }
}
