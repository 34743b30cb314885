import BudgetModel

/// A document that only requests the budget of its stage (`補正予算要望`: a ministry's request
/// for a supplementary budget, `BudgetPhase.requested`) is read as that stage's document whose
/// own stage words are the request's (`ColumnMeasure.ownStage`); its budget-year amounts are
/// then what it asks for, measured `request`: never `budget`, which in that stage's own
/// document is the enacted amount (issue #20).
enum RequestedAmounts {
  /// `figures` with every `budget` figure measured `request` when `phase` is requested.
  static func measured(_ figures: [Figure], phase: BudgetPhase) -> [Figure] {
    guard phase.isRequested else { return figures }
    return figures.map { figure in
      var figure = figure
      if figure.measure == .budget { figure.measure = .request }
      return figure
    }
  }

  static func measured(_ items: [BudgetItem], phase: BudgetPhase) -> [BudgetItem] {
    guard phase.isRequested else { return items }
    return items.map { item in
      var item = item
      item.figures = measured(item.figures, phase: phase)
      return item
    }
  }

  static func measured(_ expenses: [Expense], phase: BudgetPhase) -> [Expense] {
    guard phase.isRequested else { return expenses }
    return expenses.map { expense in
      var expense = expense
      expense.figures = measured(expense.figures, phase: phase)
      return expense
    }
  }

  static func measured(_ entries: [SummaryEntry], phase: BudgetPhase) -> [SummaryEntry] {
    guard phase.isRequested else { return entries }
    return entries.map { entry in
      var entry = entry
      entry.figures = measured(entry.figures, phase: phase)
      return entry
    }
  }
}
