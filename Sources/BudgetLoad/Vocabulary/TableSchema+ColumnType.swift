extension TableSchema {
  /// The logical type of a column, with its Frictionless and CSVW spellings.
  public enum ColumnType: String, Sendable, Hashable, CaseIterable {
    /// Text. The only type whose cells are neutralized against formula injection.
    case string
    /// A bare integer without group separators or units, e.g. `-39000000000`.
    case integer
    /// `true` or `false`.
    case boolean
    /// A Gregorian year, e.g. `2024`.
    case year
    /// An exact decimal with `.` as separator, e.g. `-8.4`.
    case decimal

    /// The Table Schema field type.
    public var frictionlessType: String {
      switch self {
      case .string: "string"
      case .integer: "integer"
      case .boolean: "boolean"
      case .year: "year"
      case .decimal: "number"
      }
    }

    /// The CSVW built-in datatype.
    public var csvwDatatype: String {
      switch self {
      case .string: "string"
      case .integer: "integer"
      case .boolean: "boolean"
      case .year: "gYear"
      case .decimal: "decimal"
      }
    }
  }
}
