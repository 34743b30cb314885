/// A chapter, item, sub-item or sub-sub-item of the item hierarchy.
public struct BudgetItem: Sendable, Codable, Hashable, Identifiable {
  /// Stable id from the position in the hierarchy, e.g. `c1-2-1-a`; independent of lines.
  public var id: String
  /// The parent's id; nil for chapters.
  public var parentId: String?
  public var level: OutlineLevel
  /// The code as printed, e.g. `I`, `2`, `2.(1)`, `2.(1).(a)`.
  public var code: String
  public var title: String
  /// Figures: the budget-year figure (measure `proposal`) and the prior-year figure.
  public var figures: [Figure]
  /// Set when the prior-year figure is printed `新規` or is zero: a new item.
  public var isNew: Bool
  /// Where the item is stated in the detail sections (or the overview list, if only there).
  public var span: SourceSpan
  /// Where the item is stated in the overview list, if it is.
  public var overviewSpan: SourceSpan?

  public init(
    id: String, parentId: String?, level: OutlineLevel, code: String, title: String,
    figures: [Figure], isNew: Bool, span: SourceSpan, overviewSpan: SourceSpan?
  ) {
    self.id = id
    self.parentId = parentId
    self.level = level
    self.code = code
    self.title = title
    self.figures = figures
    self.isNew = isNew
    self.span = span
    self.overviewSpan = overviewSpan
  }
}

/// An expense line (a 【主な経費】 entry, a breakdown bullet, or a memo figure).
public struct Expense: Sendable, Codable, Hashable, Identifiable {
  /// Stable id: the item's id and the ordinal within it, e.g. `c1-2-1-a-e1`.
  public var id: String
  public var itemId: String
  /// 1-based position among the item's expenses.
  public var ordinal: Int
  public var kind: ExpenseRecord.Kind
  public var name: String
  public var figures: [Figure]
  /// `（新規）` was printed: the expense is new this year.
  public var isNew: Bool
  public var span: SourceSpan

  public init(
    id: String, itemId: String, ordinal: Int, kind: ExpenseRecord.Kind, name: String,
    figures: [Figure], isNew: Bool, span: SourceSpan
  ) {
    self.id = id
    self.itemId = itemId
    self.ordinal = ordinal
    self.kind = kind
    self.name = name
    self.figures = figures
    self.isNew = isNew
    self.span = span
  }
}

/// A headline total or a summary-table row.
public struct SummaryEntry: Sendable, Codable, Hashable, Identifiable {
  public enum Kind: String, Sendable, Codable, Hashable {
    case headline
    case tableRow = "table_row"
  }
  /// Stable id, e.g. `s1-r2` (section 1, table row 2) or `s1-total` (section 1's headline).
  public var id: String
  public var kind: Kind
  /// 1-based account section (`第1` → 1).
  public var section: Int
  public var sectionTitle: String
  public var label: String
  /// Budget-year (A), prior-year (B) and change (C) figures, as printed.
  public var figures: [Figure]
  /// The printed change rate C/B in percent, as a decimal (`-8.4`), for table rows.
  public var changeRatePercent: DecimalNumber?
  public var span: SourceSpan

  public init(
    id: String, kind: Kind, section: Int, sectionTitle: String, label: String,
    figures: [Figure], changeRatePercent: DecimalNumber?, span: SourceSpan
  ) {
    self.id = id
    self.kind = kind
    self.section = section
    self.sectionTitle = sectionTitle
    self.label = label
    self.figures = figures
    self.changeRatePercent = changeRatePercent
    self.span = span
  }
}

/// A FILP request figure.
public struct FilpEntry: Sendable, Codable, Hashable, Identifiable {
  /// Stable id, e.g. `filp-1`.
  public var id: String
  public var program: String
  /// The FILP kind as printed, e.g. `産業投資`, `政府保証`.
  public var label: String
  public var figure: Figure
  public var span: SourceSpan
  public init(id: String, program: String, label: String, figure: Figure, span: SourceSpan) {
    self.id = id
    self.program = program
    self.label = label
    self.figure = figure
    self.span = span
  }
}
