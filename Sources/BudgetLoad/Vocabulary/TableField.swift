import BudgetModel

/// One column of a CSV table together with the value it reads from a row, as a Frictionless
/// field owns its reader and writer: the header, the metadata and every cell of a column come
/// from the same definition, so a column and its values cannot drift apart.
struct TableField<Row>: Sendable {
  let column: TableSchema.Column
  /// The cell of this column for one row of the document described by the `DocumentInfo`.
  let value: @Sendable (Row, DocumentInfo) -> CSVCell
}

extension TableSchema.Column {
  /// This column, reading its cell from a row with `value`.
  func reading<Row>(_ value: @escaping @Sendable (Row, DocumentInfo) -> CSVCell) -> TableField<Row>
  {
    TableField(column: self, value: value)
  }
}
