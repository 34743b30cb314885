import BudgetModel

/// The transform's promise to every writer: subject ids (items, expenses, summary entries,
/// FILP entries) are unique together, observation ids are unique, and every parent and
/// expense item exists. The builders make this so by construction, turning the input's
/// structural oddities into findings; a violation here is a bug of the transform and is
/// reported as one, before a writer could fail on it with a message about generated output.
enum IdentifierCheck {
  static func verify(_ document: BudgetDocument, source: String) throws {
    let ids =
      document.items.map(\.id) + document.expenses.map(\.id) + document.summary.map(\.id)
      + document.filp.map(\.id)
    var subjects = Set<String>(minimumCapacity: ids.count)
    for id in ids where !subjects.insert(id).inserted {
      throw BudgetTransformError.internalInconsistency(
        source: source, detail: "two records share the id \(id)")
    }
    let noSlash = !ids.contains { $0.utf8.contains(UInt8(ascii: "/")) }
    try verifyObservations(document, subjectsHaveNoSlash: noSlash, source: source)
    let items = Set(document.items.map(\.id))
    for item in document.items {
      if let parent = item.parentId, !items.contains(parent) {
        throw BudgetTransformError.internalInconsistency(
          source: source, detail: "item \(item.id) names the missing parent \(parent)")
      }
    }
    for expense in document.expenses where !items.contains(expense.itemId) {
      throw BudgetTransformError.internalInconsistency(
        source: source, detail: "expense \(expense.id) names the missing item \(expense.itemId)")
    }
  }

  /// Observation ids are `<subject id>/<measure>` (`-<year>` after a measure of any year):
  /// with the subject ids unique and free of `/`, two share one only when a subject has two
  /// figures of one measure (and year, for those), which is checked
  /// without building the ids (in observation order, so the first clash is the one named).
  static func verifyObservations(
    _ document: BudgetDocument, subjectsHaveNoSlash: Bool, source: String
  ) throws {
    guard subjectsHaveNoSlash else {
      var observations = Set<String>()
      for observation in document.observations where !observations.insert(observation.id).inserted {
        throw clash(observation.id, source: source)
      }
      return
    }
    func check(_ subject: String, _ figures: [Figure]) throws {
      for (k, figure) in figures.enumerated()
      where figures[..<k].contains(where: {
        $0.measure == figure.measure
          && (!figure.measure.isYearGeneral || $0.fiscalYear == figure.fiscalYear)
      }) {
        // A measure of any year carries its year in the id (`t1-r2/settlement-2011`).
        let year = figure.measure.isYearGeneral ? "-\(figure.fiscalYear)" : ""
        throw clash("\(subject)/\(figure.measure.rawValue)\(year)", source: source)
      }
    }
    for item in document.items { try check(item.id, item.figures) }
    for expense in document.expenses { try check(expense.id, expense.figures) }
    for entry in document.summary { try check(entry.id, entry.figures) }
  }

  static func clash(_ id: String, source: String) -> BudgetTransformError {
    .internalInconsistency(source: source, detail: "two figures share the observation id \(id)")
  }
}
