import BudgetModel

/// Checks the figures the document states twice or derives: overview list against detail
/// sections, children against their parent, and A − B = C and C / B in the summary tables.
/// A difference the printed rounding explains is `info`; anything else is a `warning`.
///
/// Each check is a type of its own in `Checks/` (as swift-format has one rule per file); a
/// new check is a new type added to ``checks``, with its ``Finding/Code`` cases.
struct Reconciler {
  var converter: AmountConverter

  /// The checks, in the order their findings are reported.
  static let checks: [any ReconciliationCheck] = [
    OverviewDetailCheck(),
    MissingDetailCheck(),
    ChildrenSumCheck(),
    SummaryRowChecks(rowChecks: [TableDifferenceCheck(), TableRateCheck()]),
  ]

  func reconcile(
    hierarchy: HierarchyBuilder, summary: SummaryBuilder.Result, extracted: ExtractedDocument
  ) throws -> [Finding] {
    let context = ReconciliationContext(
      hierarchy: hierarchy, summary: summary, extracted: extracted, converter: converter)
    var findings: [Finding] = []
    for check in Self.checks { findings += try check.findings(in: context) }
    return findings
  }
}
