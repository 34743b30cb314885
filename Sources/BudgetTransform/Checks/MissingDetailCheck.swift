import BudgetModel

/// Every heading of the overview list has its detail section (a document cut short loses the
/// last ones). A heading the hierarchy already reported missing is not reported twice; a
/// document without detail sections at all is not checked.
struct MissingDetailCheck: ReconciliationCheck {
  var codes: [Finding.Code] { [.missingDetail] }

  func findings(in context: ReconciliationContext) throws -> [Finding] {
    guard !context.extracted.details.isEmpty else { return [] }
    return context.sortedNodes.compactMap { id, node in
      guard let o = node.overview, node.detail == nil, !context.reportedSubjects.contains(id)
      else { return nil }
      return Finding(
        severity: .warning, code: .missingDetail,
        message:
          "\(node.code) \(o.title): in the overview list but without a detail section (is the document cut short?)",
        subjectId: id, lines: [o.span.line])
    }
  }
}
