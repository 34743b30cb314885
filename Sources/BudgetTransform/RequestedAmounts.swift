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

  /// Items, expenses and summary entries: each one's own figures, measured as above.
  static func measured<Record: CarriesFigures>(_ records: [Record], phase: BudgetPhase)
    -> [Record]
  {
    guard phase.isRequested else { return records }
    return records.map { record in
      var record = record
      record.figures = measured(record.figures, phase: phase)
      return record
    }
  }
}

/// A record that holds figures of its own (an item, an expense, a summary entry).
protocol CarriesFigures {
  var figures: [Figure] { get set }
}

extension BudgetItem: CarriesFigures {}
extension Expense: CarriesFigures {}
extension SummaryEntry: CarriesFigures {}
