import BudgetModel

/// What every reconciliation check reads: the hierarchy with both statements of each
/// heading, the summary with its printed cells, and the yen arithmetic of the document.
struct ReconciliationContext {
  var nodes: [String: HierarchyBuilder.Node]
  /// The headings in id order (the order findings are reported in), sorted once for all the
  /// checks.
  let sortedNodes: [(id: String, node: HierarchyBuilder.Node)]
  /// The ids of the headings the hierarchy has already reported (not reported twice).
  var reportedSubjects: Set<String>
  var summary: SummaryBuilder.Result
  var extracted: ExtractedDocument
  var converter: AmountConverter

  init(
    hierarchy: HierarchyBuilder, summary: SummaryBuilder.Result, extracted: ExtractedDocument,
    converter: AmountConverter
  ) {
    self.nodes = hierarchy.nodes
    self.sortedNodes = hierarchy.nodes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    self.reportedSubjects = Set(hierarchy.findings.compactMap(\.subjectId))
    self.summary = summary
    self.extracted = extracted
    self.converter = converter
  }

  /// The exact yen of a printed figure stated on `line`, or nil when it has no amount.
  func yen(_ figure: PrintedFigure?, line: Int) throws -> Int64? {
    try figure?.amount.map { try converter.yen($0, source: extracted.sourceName, line: line) }
  }

  /// Half the unit of the figure's last printed digit: what its rounding may hide.
  func half(_ figure: PrintedFigure?) -> Int64 {
    figure?.amount.map(converter.roundingHalfUnit) ?? 0
  }

  /// `a + b`, or nil when it does not fit in 64 bits (negating `Int64.min` included).
  static func sum(_ a: Int64, _ b: Int64) -> Int64? {
    let (result, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : result
  }

  /// Yen as 億円 text for messages, exact (`199,270.1億円` style without grouping).
  /// (Digits by integer arithmetic: padding and trimming a `String` was 1.5% of a
  /// `--formats csv` run.)
  static func oku(_ yen: Int64) -> String {
    let unit: UInt64 = 100_000_000
    let m = yen.magnitude
    var text = yen < 0 ? "-" : ""
    text += String(m / unit)
    var frac = m % unit
    if frac != 0 {
      var digits = 8
      while frac % 10 == 0 {
        frac /= 10
        digits -= 1
      }
      let significant = String(frac)
      text += "." + String(repeating: "0", count: digits - significant.count) + significant
    }
    return text + "億円"
  }

  /// The suffix of a message about a difference that the printed rounding explains.
  static func roundingNote(_ withinRounding: Bool) -> String {
    withinRounding ? " (within the printed rounding)" : ""
  }
}
