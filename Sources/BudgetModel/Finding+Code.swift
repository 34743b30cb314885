extension Finding {
  /// Every kind of finding the tool reports. The raw value is the code written into
  /// `findings.csv`, the XML, the JSON-LD, the HTML page and `validation-report.txt`; a new
  /// kind is a new case here (and, for a reconciliation check, a type in
  /// `Sources/BudgetTransform/Checks/`).
  public enum Code: String, Sendable, Codable, Hashable, CaseIterable {
    // Reconciliation checks (`Sources/BudgetTransform/Checks/`).

    /// The overview list and the detail section state different amounts for one heading.
    case overviewDetailMismatch = "overview_detail_mismatch"
    /// A heading of the overview list has no detail section (the document may be cut short).
    case missingDetail = "missing_detail"
    /// The children of a heading add up to a different amount, by less than the printed
    /// rounding of the figures involved (`info`).
    case childrenSumRounding = "children_sum_rounding"
    /// The children of a heading add up to a different amount, beyond the printed rounding.
    case childrenSumMismatch = "children_sum_mismatch"
    /// A summary table row's C differs from A − B, within the printed rounding (`info`).
    case tableDifferenceRounding = "table_difference_rounding"
    /// A summary table row's C differs from A − B beyond the printed rounding.
    case tableDifferenceMismatch = "table_difference_mismatch"
    /// A summary table row's printed rate is not C / B but is (A − B) / B: C's rounding
    /// explains it (`info`).
    case tableRateRounding = "table_rate_rounding"
    /// A summary table row's printed rate matches neither C / B nor (A − B) / B.
    case tableRateMismatch = "table_rate_mismatch"

    // The hierarchy (`HierarchyBuilder`).

    /// A 【主な経費】 line outside any heading.
    case orphanExpense = "orphan_expense"
    /// The detail sections skip an item heading; what follows is placed under the item the
    /// overview list names next.
    case missingHeading = "missing_heading"
    /// The detail sections state one heading twice; the second gets a `-dupN` id.
    case duplicateHeading = "duplicate_heading"
    /// A heading whose parent heading is missing; placed under its nearest ancestor.
    case orphanHeading = "orphan_heading"

    // The summary (`SummaryBuilder`).

    /// A headline figure of one kind stated again in a section; kept as an entry of its own.
    case repeatedHeadline = "repeated_headline"
    /// Two summary rows would get one id (a repeated or unreadable number); the second gets a
    /// numbered suffix.
    case duplicateSummaryId = "duplicate_summary_id"

    // The extractor's diagnostics (``Diagnostic/Kind``), one finding each.

    /// A line with a figure the extractor could not place.
    case unrecognizedLine = "unrecognized_line"
    /// A figure that looks like an amount but does not parse (`12.3.4億円`).
    case malformedAmount = "malformed_amount"
    /// A table whose rows' arithmetic contradicts its header's reading (not exported).
    case tableUnexplained = "table_unexplained"
    /// A table row whose figures do not add up as its header says.
    case tableUnconfirmed = "table_unconfirmed"
    /// Figures whose unit is not stated anywhere (not exported).
    case unitUnknown = "unit_unknown"
    /// A table column the schema has no measure for (a ratio, a share, a year and stage it
    /// cannot place): its figures are reported, not exported.
    case columnNotExported = "column_not_exported"

    /// The code under which an extractor diagnostic of `kind` is reported.
    public init(_ kind: Diagnostic.Kind) {
      switch kind {
      case .unrecognizedLine: self = .unrecognizedLine
      case .malformedAmount: self = .malformedAmount
      case .tableUnexplained: self = .tableUnexplained
      case .tableUnconfirmed: self = .tableUnconfirmed
      case .unitUnknown: self = .unitUnknown
      }
    }
  }
}
