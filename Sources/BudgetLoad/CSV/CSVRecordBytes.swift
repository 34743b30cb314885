import BudgetModel

/// The records of one CSV table written straight into its byte buffer, cell after cell: each
/// cell as ``CSVWriter/field(_:)`` writes it (text neutralized, folded and quoted by
/// ``CSVWriter/appendText(_:to:)``, numbers bare, nil empty), a comma before every cell but a
/// record's first, CRLF after its last. No `CSVCell` and no closure per cell: a table's
/// records come from its row type's ``CSVRecordWritable/writeRecord(_:into:)``.
struct CSVRecordBytes {
  var output: [UInt8] = []
  private var cells = 0

  /// Before a cell: the comma that separates it from the previous one.
  @inline(__always)
  private mutating func separate() {
    if cells > 0 { output.append(0x2C) }
    cells += 1
  }

  mutating func text(_ value: String) {
    separate()
    CSVWriter.appendText(value, to: &output)
  }

  mutating func text(_ value: String?) {
    separate()
    if let value { CSVWriter.appendText(value, to: &output) }
  }

  mutating func integer(_ value: Int64?) {
    separate()
    if let value { ByteText.appendInteger(value, to: &output) }
  }

  mutating func integer(_ value: Int?) {
    separate()
    if let value { ByteText.appendInteger(Int64(value), to: &output) }
  }

  mutating func boolean(_ value: Bool?) {
    separate()
    if let value { ByteText.appendBool(value, to: &output) }
  }

  mutating func decimal(_ value: DecimalNumber?) {
    separate()
    if let value { ByteText.append(value.description, to: &output) }
  }

  /// Ends the record: CRLF (RFC 4180), the next cell is a record's first.
  mutating func end() {
    output.append(0x0D)
    output.append(0x0A)
    cells = 0
  }
}

/// A row type of a CSV table that writes its own record: the cells of the table's fields
/// (``TableSchema/observationsFields`` …) in column order, the same values their readers give
/// (`CSVRecordWritableTests` holds every table's bytes equal to the fields' cells written one
/// by one, over the sample and every real fixture).
protocol CSVRecordWritable {
  func writeRecord(_ info: DocumentInfo, into record: inout CSVRecordBytes)
}
