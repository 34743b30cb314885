import BudgetModel

/// One typed CSV cell before it is written. Only ``text`` cells are neutralized against
/// formula injection; numbers are written bare.
enum CSVCell: Hashable, Sendable {
  /// No value: an empty cell (never `0`).
  case empty
  case text(String)
  case integer(Int64)
  case boolean(Bool)
  case decimal(DecimalNumber)

  /// Text, or empty for nil.
  static func text(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }
  /// An integer, or empty for nil.
  static func integer(_ value: Int64?) -> CSVCell { value.map(CSVCell.integer) ?? .empty }
  /// An integer, or empty for nil.
  static func integer(_ value: Int?) -> CSVCell { value.map { .integer(Int64($0)) } ?? .empty }
  /// A boolean, or empty for nil.
  static func boolean(_ value: Bool?) -> CSVCell { value.map(CSVCell.boolean) ?? .empty }
  /// A decimal, or empty for nil.
  static func decimal(_ value: DecimalNumber?) -> CSVCell { value.map(CSVCell.decimal) ?? .empty }

  /// The raw text of the cell, before neutralization and quoting.
  var rawText: String {
    switch self {
    case .empty: ""
    case .text(let value): value
    case .integer(let value): String(value)
    case .boolean(let value): value ? "true" : "false"
    case .decimal(let value): value.description
    }
  }
}
