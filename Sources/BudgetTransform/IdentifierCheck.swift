import BudgetModel

/// The transform's promise to every writer: subject ids (items, expenses, summary entries,
/// FILP entries) are unique together, observation ids are unique, and every parent and
/// expense item exists. The builders make this so by construction, turning the input's
/// structural oddities into findings; a violation here is a bug of the transform and is
/// reported as one, before a writer could fail on it with a message about generated output.
enum IdentifierCheck {
  static func verify(_ document: BudgetDocument, source: String) throws {
    var subjects = Set<String>()
    let ids = document.items.map(\.id) + document.expenses.map(\.id) + document.summary.map(\.id) + document.filp.map(\.id)
    for id in ids where !subjects.insert(id).inserted {
      throw BudgetTransformError.internalInconsistency(source: source, detail: "two records share the id \(id)")
    }
    var observations = Set<String>()
    for observation in document.observations where !observations.insert(observation.id).inserted {
      throw BudgetTransformError.internalInconsistency(source: source, detail: "two figures share the observation id \(observation.id)")
    }
    let items = Set(document.items.map(\.id))
    for item in document.items {
      if let parent = item.parentId, !items.contains(parent) {
        throw BudgetTransformError.internalInconsistency(source: source, detail: "item \(item.id) names the missing parent \(parent)")
      }
    }
    for expense in document.expenses where !items.contains(expense.itemId) {
      throw BudgetTransformError.internalInconsistency(source: source, detail: "expense \(expense.id) names the missing item \(expense.itemId)")
    }
  }
}
