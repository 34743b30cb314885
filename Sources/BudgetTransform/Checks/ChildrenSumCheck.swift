import BudgetModel

/// The children of a heading add up to the heading's amount, for the budget year and for the
/// prior year. A difference within the printed rounding of the figures added is `info`.
/// Figures marked as part of another (`うち`) and bracketed figures under an unbracketed
/// parent are not counted.
struct ChildrenSumCheck: ReconciliationCheck {
  var codes: [Finding.Code] { [.childrenSumRounding, .childrenSumMismatch] }

  /// What the counted children of one heading add up to.
  private struct Total {
    var sum: Int64 = 0
    var tolerance: Int64
    var lines: [Int]
    var counted = 0
  }

  func findings(in context: ReconciliationContext) throws -> [Finding] {
    var children: [String: [HierarchyBuilder.Node]] = [:]
    for (_, node) in context.sortedNodes {
      if let p = node.parentId { children[p, default: []].append(node) }
    }
    var findings: [Finding] = []
    for (id, parent) in context.sortedNodes {
      guard parent.level >= .item, let kids = children[id], !kids.isEmpty else { continue }
      let ordered = kids.sorted { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
      for prior in [false, true] {
        if let finding = try finding(
          id: id, parent: parent, children: ordered, prior: prior, context)
        {
          findings.append(finding)
        }
      }
    }
    return findings
  }

  /// The record whose amount stands for a heading: the detail section's when it states one.
  private static func record(_ node: HierarchyBuilder.Node) -> OutlineRecord {
    node.detail?.amount != nil ? node.detail! : (node.overview ?? node.detail!)
  }

  private func finding(
    id: String, parent: HierarchyBuilder.Node, children: [HierarchyBuilder.Node], prior: Bool,
    _ context: ReconciliationContext
  ) throws -> Finding? {
    let parentRecord = Self.record(parent)
    let pf = prior ? parent.detail?.prior : parentRecord.amount
    guard let pf, let parentYen = try context.yen(pf, line: parentRecord.span.line),
      let total = try total(
        of: children, prior: prior, parentFigure: pf, parentLine: parentRecord.span.line, context),
      total.counted > 0, total.sum != parentYen,
      let difference = ReconciliationContext.sum(total.sum, -parentYen)
    else { return nil }
    let what = prior ? "prior-year figures" : "figures"
    let withinRounding = difference.magnitude <= total.tolerance.magnitude
    let message =
      "\(parent.code): the \(what) of its \(total.counted) counted children add up to \(ReconciliationContext.oku(total.sum)), the heading says \(ReconciliationContext.oku(parentYen))\(ReconciliationContext.roundingNote(withinRounding))"
    return Finding(
      severity: withinRounding ? .info : .warning,
      code: withinRounding ? .childrenSumRounding : .childrenSumMismatch, message: message,
      subjectId: id, expectedJPY: parentYen, actualJPY: total.sum, lines: total.lines)
  }

  /// The counted children's sum and rounding tolerance, or nil when the amounts are too large
  /// to add exactly (no finding then).
  private func total(
    of children: [HierarchyBuilder.Node], prior: Bool, parentFigure pf: PrintedFigure,
    parentLine: Int, _ context: ReconciliationContext
  ) throws -> Total? {
    var total = Total(tolerance: context.half(pf), lines: [parentLine])
    for kid in children {
      let record = Self.record(kid)
      var f = prior ? kid.detail?.prior : record.amount
      if !prior, let o = kid.overview?.amount, f != nil {
        f!.isBracketed = f!.isBracketed || o.isBracketed
      }
      guard let f, let y = try context.yen(f, line: record.span.line) else { continue }
      if f.isPartOf || (f.isBracketed && !pf.isBracketed) { continue }
      guard let s = ReconciliationContext.sum(total.sum, y),
        let t = ReconciliationContext.sum(total.tolerance, context.half(f))
      else { return nil }
      total.sum = s
      total.tolerance = t
      total.lines.append(record.span.line)
      total.counted += 1
    }
    return total
  }
}
