extension TableSchema {
  /// One column of a CSV table.
  public struct Column: Sendable, Hashable {
    /// ASCII snake_case name: the CSV header cell and the Frictionless field name.
    public var name: String
    /// Japanese title, e.g. `予算額（円）`.
    public var title: String
    public var type: ColumnType
    public var description: String
    /// Whether every row has a value (an empty cell is otherwise allowed and means "none").
    public var required: Bool
    /// Unit of a numeric column: an ISO 4217 code (`JPY`) for money, `percent` for rates.
    public var unit: String?
    /// The allowed values, for code-list columns (`marker`, `kind`, `measure`, …).
    public var allowedValues: [String]?
    /// CSVW `propertyUrl`: the RDF property the cell is stated with (absolute IRI).
    public var propertyURL: String?
    /// CSVW `valueUrl` template, making the cell an IRI. Without a scheme it is relative to
    /// the document IRI `{baseIRI}{document id}/`, e.g. `item/{parent_id}`.
    public var valueURL: String?
    /// CSVW `suppressOutput`: the column yields no triple (its values are stated elsewhere,
    /// e.g. amounts in `observations.csv`, or only feed templates).
    public var suppressOutput: Bool
    /// CSVW `lang` of the cell values (`ja` for Japanese text), nil for codes and ids.
    public var language: String?
    /// CSVW `separator`: the cell is a list of values separated by this string.
    public var separator: String?
    /// With ``separator``: the type of each list item (CSVW `datatype`); the file-level
    /// ``type`` stays `string` for Frictionless.
    public var listItemType: ColumnType?
    /// A regular expression every non-empty value matches (Frictionless `pattern`).
    public var pattern: String?

    public init(
      name: String, title: String, type: ColumnType, description: String,
      required: Bool = false, unit: String? = nil, allowedValues: [String]? = nil,
      propertyURL: String? = nil, valueURL: String? = nil, suppressOutput: Bool = false,
      language: String? = nil, separator: String? = nil, listItemType: ColumnType? = nil,
      pattern: String? = nil
    ) {
      self.name = name
      self.title = title
      self.type = type
      self.description = description
      self.required = required
      self.unit = unit
      self.allowedValues = allowedValues
      self.propertyURL = propertyURL
      self.valueURL = valueURL
      self.suppressOutput = suppressOutput
      self.language = language
      self.separator = separator
      self.listItemType = listItemType
      self.pattern = pattern
    }

    /// The same column with CSVW output suppressed.
    func suppressed() -> Column {
      var column = self
      column.suppressOutput = true
      return column
    }

    /// Whether the column holds money in yen.
    public var isMoney: Bool { unit == "JPY" }
  }
}
