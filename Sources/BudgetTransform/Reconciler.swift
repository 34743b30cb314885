import BudgetModel

/// Checks the figures the document states twice or derives: overview list against detail
/// sections, children against their parent, and A − B = C and C / B in the summary tables.
/// A difference the printed rounding explains is `info`; anything else is a `warning`.
struct Reconciler {
  var converter: AmountConverter

  func reconcile(
    hierarchy: HierarchyBuilder, summary: SummaryBuilder.Result, extracted: ExtractedDocument
  ) throws -> [Finding] {
    var findings: [Finding] = []
    let nodes = hierarchy.nodes
    let source = extracted.sourceName
    func yen(_ f: PrintedFigure?, _ line: Int) throws -> Int64? {
      try f?.amount.map { try converter.yen($0, source: source, line: line) }
    }
    func half(_ f: PrintedFigure?) -> Int64 { f?.amount.map(converter.roundingHalfUnit) ?? 0 }

    // 1. The overview list and the detail sections state the same amount.
    for id in nodes.keys.sorted() {
      let node = nodes[id]!
      guard let o = node.overview, let d = node.detail,
        let oy = try yen(o.amount, o.span.line), let dy = try yen(d.amount, d.span.line)
      else { continue }
      if oy != dy {
        findings.append(
          Finding(
            severity: .warning, code: "overview_detail_mismatch",
            message: "\(node.code): the overview list says \(Self.oku(oy)), the detail section says \(Self.oku(dy))",
            subjectId: id, expectedJPY: oy, actualJPY: dy, lines: [o.span.line, d.span.endLine]))
      }
    }

    // 1b. Every heading of the overview list has its detail section (a document cut short
    // loses the last ones). A heading already reported missing is not reported twice.
    let reported = Set(hierarchy.findings.compactMap(\.subjectId))
    if !extracted.details.isEmpty {
      for id in nodes.keys.sorted() {
        let node = nodes[id]!
        guard let o = node.overview, node.detail == nil, !reported.contains(id) else { continue }
        findings.append(
          Finding(
            severity: .warning, code: "missing_detail",
            message: "\(node.code) \(o.title): in the overview list but without a detail section (is the document cut short?)",
            subjectId: id, lines: [o.span.line]))
      }
    }

    // 2. Children add up to their parent (budget year and prior year).
    var children: [String: [HierarchyBuilder.Node]] = [:]
    for node in nodes.values { if let p = node.parentId { children[p, default: []].append(node) } }
    for id in nodes.keys.sorted() {
      let parent = nodes[id]!
      guard parent.level >= .item, let kids = children[id], !kids.isEmpty else { continue }
      let ordered = kids.sorted { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
      for prior in [false, true] {
        let parentRecord = parent.detail?.amount != nil ? parent.detail! : (parent.overview ?? parent.detail!)
        let pf = prior ? parent.detail?.prior : parentRecord.amount
        guard let pf, let parentYen = try yen(pf, parentRecord.span.line) else { continue }
        var sum: Int64 = 0
        var tolerance = half(pf)
        var lines: [Int] = [parentRecord.span.line]
        var counted = 0
        for kid in ordered {
          let record = kid.detail?.amount != nil ? kid.detail! : (kid.overview ?? kid.detail!)
          var f = prior ? kid.detail?.prior : record.amount
          if !prior, let o = kid.overview?.amount, f != nil { f!.isBracketed = f!.isBracketed || o.isBracketed }
          guard let f, let y = try yen(f, record.span.line) else { continue }
          if f.isPartOf || (f.isBracketed && !pf.isBracketed) { continue }
          // Amounts near the largest integer cannot be added exactly: no finding then.
          guard let s = Self.sum(sum, y), let t = Self.sum(tolerance, half(f)) else { counted = 0; break }
          sum = s
          tolerance = t
          lines.append(record.span.line)
          counted += 1
        }
        guard counted > 0, sum != parentYen, let difference = Self.sum(sum, -parentYen) else { continue }
        let what = prior ? "prior-year figures" : "figures"
        let withinRounding = difference.magnitude <= tolerance.magnitude
        findings.append(
          Finding(
            severity: withinRounding ? .info : .warning,
            code: withinRounding ? "children_sum_rounding" : "children_sum_mismatch",
            message: "\(parent.code): the \(what) of its \(counted) counted children add up to \(Self.oku(sum)), the heading says \(Self.oku(parentYen))\(withinRounding ? " (within the printed rounding)" : "")",
            subjectId: id, expectedJPY: parentYen, actualJPY: sum, lines: lines))
      }
    }

    // 3. Summary tables: C = A − B, and the rate C / B.
    for entry in summary.entries {
      guard let cells = summary.printed[entry.id], cells.count >= 3,
        let a = entry.figures.first(.budget)?.amountJPY, let b = entry.figures.first(.priorInitial)?.amountJPY,
        let c = entry.figures.first(.change)?.amountJPY
      else { continue }
      guard let aMinusB = Self.sum(a, -b), let miss = Self.sum(aMinusB, -c),
        let tolerance = Self.sum(half(cells[0]), half(cells[1])).flatMap({ Self.sum($0, half(cells[2])) })
      else { continue }  // amounts beyond exact integer arithmetic: nothing to compare
      if aMinusB != c {
        let withinRounding = miss.magnitude <= tolerance.magnitude
        findings.append(
          Finding(
            severity: withinRounding ? .info : .warning,
            code: withinRounding ? "table_difference_rounding" : "table_difference_mismatch",
            message: "\(entry.sectionTitle) \(entry.label): A - B = \(Self.oku(aMinusB)) but C is \(Self.oku(c))\(withinRounding ? " (within the printed rounding)" : "")",
            subjectId: entry.id, expectedJPY: aMinusB, actualJPY: c, lines: [entry.span.line]))
      }
      if let rate = entry.changeRatePercent, b != 0 {
        // |rate − 100·C/B| ≤ half a unit of the printed rate, in integers.
        // 200·10^scale, or nil when the printed rate has more digits than 64 bits hold.
        let p = DecimalNumber(significand: 200, scale: 0).scaledToInteger(byPowerOfTen: rate.scale)
        func matches(_ change: Int64) -> Bool {
          // 2·rate·B and 200·C·10^scale, compared within |B|; overflow means no match.
          let (twice, o0) = rate.significand.multipliedReportingOverflow(by: 2)
          let (lhs, o1) = twice.multipliedReportingOverflow(by: b)
          guard let p, !o0, !o1 else { return false }
          let (rhs, o2) = p.multipliedReportingOverflow(by: change)
          guard !o2, let difference = Self.sum(lhs, -rhs) else { return false }
          return difference.magnitude <= b.magnitude
        }
        if !matches(c) {
          let explained = matches(aMinusB)
          findings.append(
            Finding(
              severity: explained ? .info : .warning,
              code: explained ? "table_rate_rounding" : "table_rate_mismatch",
              message: "\(entry.sectionTitle) \(entry.label): printed rate \(rate)% does not match C / B\(explained ? " but matches (A - B) / B" : "")",
              subjectId: entry.id, lines: [entry.span.line]))
        }
      }
    }
    return findings
  }

  /// `a + b`, or nil when it does not fit in 64 bits (negating `Int64.min` included).
  static func sum(_ a: Int64, _ b: Int64) -> Int64? {
    let (result, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : result
  }

  /// Yen as 億円 text for messages, exact (`199,270.1億円` style without grouping).
  static func oku(_ yen: Int64) -> String {
    let unit: Int64 = 100_000_000
    let sign = yen < 0 ? "-" : ""
    let m = yen.magnitude
    let whole = m / UInt64(unit)
    var frac = String(m % UInt64(unit))
    while frac.count < 8 { frac = "0" + frac }
    while frac.hasSuffix("0") { frac.removeLast() }
    return "\(sign)\(whole)\(frac.isEmpty ? "" : "." + frac)億円"
  }
}
