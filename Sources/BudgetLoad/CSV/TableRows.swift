import BudgetModel

/// Something done with the rows of one table: given the table's fields (columns with their
/// accessors) and its rows, typed.
protocol TableRowVisitor {
  mutating func visit<Row: CSVRecordWritable>(
    _ fields: [TableField<Row>], rows: [Row], info: DocumentInfo)
}

/// The rows of each CSV table, in model order: the one place that says which model records
/// a table lists. The cells come from the table's fields (``TableSchema/itemsFields`` …).
enum TableRows {
  /// Hands the fields and rows of `schema` for `document` to `visitor`.
  static func accept(
    _ schema: TableSchema, of document: BudgetDocument, _ visitor: inout some TableRowVisitor
  ) {
    let info = document.info
    switch schema.name {
    case TableSchema.items.name:
      visitor.visit(TableSchema.itemsFields, rows: document.items, info: info)
    case TableSchema.expenses.name:
      visitor.visit(TableSchema.expensesFields, rows: document.expenses, info: info)
    case TableSchema.observations.name:
      visitor.visit(TableSchema.observationsFields, rows: document.observations, info: info)
    case TableSchema.summary.name:
      visitor.visit(TableSchema.summaryFields, rows: document.summary, info: info)
    case TableSchema.filp.name:
      visitor.visit(TableSchema.filpFields, rows: document.filp, info: info)
    case TableSchema.findings.name:
      visitor.visit(TableSchema.findingsFields, rows: document.findings, info: info)
    default: break
    }
  }

  /// The cells of every row of `schema` for `document`, one per column in column order.
  static func rows(_ schema: TableSchema, of document: BudgetDocument) -> [[CSVCell]] {
    var collector = CellCollector()
    accept(schema, of: document, &collector)
    return collector.rows
  }

  private struct CellCollector: TableRowVisitor {
    var rows: [[CSVCell]] = []

    mutating func visit<Row: CSVRecordWritable>(
      _ fields: [TableField<Row>], rows: [Row], info: DocumentInfo
    ) {
      self.rows = rows.map { row in fields.map { $0.value(row, info) } }
    }
  }
}
