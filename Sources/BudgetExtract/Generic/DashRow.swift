import BudgetModel

/// A row whose `-` cells leave its relations nothing to check, proven by what the dashes can
/// mean: a new item (`-` before, B, C = B: `新型コロナウイルス感染症対策予備費 - 50,000 +50,000`)
/// or an unchanged one (A = B, `-` change: `予備費 5,000 5,000 - -`). A rate is then `-`, or
/// 100% for a new item; any other figure leaves the row unproven.
enum DashRow {
  static func proven(_ meanings: [ColumnMeaning], _ cells: [CellToken]) -> Bool {
    guard cells.count == meanings.count else { return false }
    let relations = TableArithmetic.relations(meanings)
    let changes = relations.filter { !$0.isQuotient }
    guard changes.count == 1, let change = changes.first else { return false }
    let earlierCell = cells[change.rhs]
    var isNew = false
    switch (cells[change.lhs].decimal, earlierCell.decimal, cells[change.result].decimal) {
    case (let b?, nil, let c?)
    where b == c && earlierCell.figure.amount == nil && !earlierCell.isDamaged:
      isNew = true
    case (let b?, let a?, nil) where a == b && cells[change.result].figure.amount == nil:
      isNew = false
    default:
      return false
    }
    for relation in relations where relation.isQuotient {
      let cell = cells[relation.result]
      guard cell.figure.amount != nil else { continue }
      guard isNew, cell.isPercent, let rate = cell.decimal,
        rate.significand == 100 * TableArithmetic.pow10(rate.scale)
      else { return false }
    }
    return true
  }
}
