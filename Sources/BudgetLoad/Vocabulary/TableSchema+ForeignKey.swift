extension TableSchema {
  /// A reference from columns of one table to the key of another (or the same) table.
  public struct ForeignKey: Sendable, Hashable {
    public var columns: [String]
    /// The referenced table's ``TableSchema/name``.
    public var referencedTable: String
    public var referencedColumns: [String]

    public init(columns: [String], referencedTable: String, referencedColumns: [String]) {
      self.columns = columns
      self.referencedTable = referencedTable
      self.referencedColumns = referencedColumns
    }
  }
}
