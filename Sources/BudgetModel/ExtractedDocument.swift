/// Everything the extract stage read from one input: typed records that keep their source
/// lines, and a diagnostic for every line that carries a figure it could not place.
///
/// This is the only thing the extract stage hands on; `budget-etl extract` prints it as JSON
/// lines, so the stage can be run and tested alone.
public struct ExtractedDocument: Sendable, Codable, Hashable {
  /// The input's name as given (a file path, or `-` for standard input).
  public var sourceName: String
  /// Lowercase hex SHA-256 of the input bytes as read.
  public var sourceSHA256: String
  /// The encoding the input was decoded from (`utf-8`, `utf-8-bom`, `cp932`).
  public var encoding: String
  /// Number of lines in the decoded input.
  public var lineCount: Int
  /// Lines that name the document (`令和6年度 総務省所管予算(案)の概要`), in order.
  public var titles: [TextRecord]
  /// The publication date line (`令和5年12月`), if found.
  public var publication: TextRecord?
  public var headlines: [HeadlineRecord]
  public var summaryTables: [SummaryTableRecord]
  /// The overview list of major items (chapters, items, sub-items).
  public var overview: [OutlineRecord]
  /// The detail sections (chapters, items, sub-items, sub-sub-items).
  public var details: [OutlineRecord]
  /// Main-expense lines and other amount lines inside the detail sections.
  public var expenses: [ExpenseRecord]
  public var filp: [FilpRecord]
  /// Amounts in running text and item lists outside any table (the generic layout).
  public var amountLines: [AmountLineRecord] = []
  /// Captions printed after a table that name a year's budget of something
  /// (`平成 29 年度租税及印紙収入予算額`): no title, but the year of a document whose titles
  /// print none, when its tables' own columns confirm it (`DocumentIdentifier+CaptionYear`).
  /// Absent when there is none.
  public var budgetCaptions: [TextRecord]? = nil
  public var diagnostics: [Diagnostic]

  public init(
    sourceName: String, sourceSHA256: String, encoding: String, lineCount: Int,
    titles: [TextRecord] = [], publication: TextRecord? = nil,
    headlines: [HeadlineRecord] = [], summaryTables: [SummaryTableRecord] = [],
    overview: [OutlineRecord] = [], details: [OutlineRecord] = [],
    expenses: [ExpenseRecord] = [], filp: [FilpRecord] = [], diagnostics: [Diagnostic] = []
  ) {
    self.sourceName = sourceName
    self.sourceSHA256 = sourceSHA256
    self.encoding = encoding
    self.lineCount = lineCount
    self.titles = titles
    self.publication = publication
    self.headlines = headlines
    self.summaryTables = summaryTables
    self.overview = overview
    self.details = details
    self.expenses = expenses
    self.filp = filp
    self.diagnostics = diagnostics
  }
}

/// A line of text kept with its position.
public struct TextRecord: Sendable, Codable, Hashable {
  public var text: String
  public var span: SourceSpan
  public init(text: String, span: SourceSpan) {
    self.text = text
    self.span = span
  }
}

/// A headline total such as `令和6年度予算額（案） 18兆2,107億円`.
public struct HeadlineRecord: Sendable, Codable, Hashable {
  /// The account section heading it stands under (`第1 一般会計`).
  public var section: String
  /// The label as printed (`令和6年度予算額（案）`, `比較増減額`).
  public var label: String
  public var figure: PrintedFigure
  public var span: SourceSpan
  public init(section: String, label: String, figure: PrintedFigure, span: SourceSpan) {
    self.section = section
    self.label = label
    self.figure = figure
    self.span = span
  }
}

/// A summary table: a header row naming the columns and rows of figures.
public struct SummaryTableRecord: Sendable, Codable, Hashable {
  /// The account section heading (`第1 一般会計`).
  public var section: String
  /// The unit stated above the table (`億円`), if any.
  public var unit: String?
  /// The header cells as printed.
  public var columns: [String]
  public var rows: [SummaryRowRecord]
  public var span: SourceSpan
  /// What each cell of a row holds, read from the header and confirmed by the rows'
  /// arithmetic (the generic layout); nil for the 総務省 overview's tables, whose cells are
  /// A (budget year), B (prior year), C = A − B and C/B %.
  public var meanings: [ColumnMeaning]? = nil
  /// Whether the rows' own arithmetic (B − A = C, C / A, B / A) confirmed `meanings`.
  public var confirmed: Bool = false
  public init(
    section: String, unit: String?, columns: [String], rows: [SummaryRowRecord],
    span: SourceSpan
  ) {
    self.section = section
    self.unit = unit
    self.columns = columns
    self.rows = rows
    self.span = span
  }
}

/// One row of a summary table: a label and its cells (A, B, C = A−B, C/B %).
public struct SummaryRowRecord: Sendable, Codable, Hashable {
  public var label: String
  /// The cells after the label, as figures (a rate is a figure without unit).
  public var cells: [PrintedFigure]
  public var span: SourceSpan
  /// The line of each cell, where cells stand one per line (empty when the row is one line);
  /// 0 for a column the row does not print at all (a block printed in column order without it).
  public var cellLines: [Int] = []
  /// A `うち` row: part of the row above, not summed with its siblings.
  public var isPartOfAbove: Bool = false
  public init(label: String, cells: [PrintedFigure], span: SourceSpan) {
    self.label = label
    self.cells = cells
    self.span = span
  }
}

/// A heading of the item hierarchy, from the overview list or the detail sections.
public struct OutlineRecord: Sendable, Codable, Hashable {
  public var level: OutlineLevel
  /// The number as printed, normalized to ASCII: `I`, `2`, `1`, `a`.
  public var number: String
  public var title: String
  /// The amount; nil when none is printed at all.
  public var amount: PrintedFigure?
  /// The prior-year amount printed in parentheses (detail sections only).
  public var prior: PrintedFigure?
  public var span: SourceSpan
  public init(
    level: OutlineLevel, number: String, title: String, amount: PrintedFigure?,
    prior: PrintedFigure? = nil, span: SourceSpan
  ) {
    self.level = level
    self.number = number
    self.title = title
    self.amount = amount
    self.prior = prior
    self.span = span
  }
}

/// The depth of an outline heading.
public enum OutlineLevel: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
  /// `I`, `II`, … (Roman numerals).
  case chapter
  /// `1.`, `2.`, … numbered through the document.
  case item
  /// `(1)`, `(2)`, … within an item.
  case subItem = "sub_item"
  /// `(a)`, `(b)`, … within a sub-item.
  case subSubItem = "sub_sub_item"

  public var depth: Int {
    switch self {
    case .chapter: 0
    case .item: 1
    case .subItem: 2
    case .subSubItem: 3
    }
  }

  public static func < (lhs: OutlineLevel, rhs: OutlineLevel) -> Bool { lhs.depth < rhs.depth }
}

/// A line naming an expense and its figures.
public struct ExpenseRecord: Sendable, Codable, Hashable {
  public enum Kind: String, Sendable, Codable, Hashable {
    /// A line of the 【主な経費】 list.
    case main
    /// A bullet that breaks a heading's amount down (`・ 基地交付金 299.4(299.4)`).
    case breakdown
    /// A bracketed memo figure (`[地方交付税(地方団体交付ベース) 186,670.5億円(183,611.0億円)]`).
    case memo
  }
  public var kind: Kind
  public var name: String
  /// The budget-year figure, nil when the line states only a supplementary-budget figure.
  public var amount: PrintedFigure?
  /// The prior-year figure, for breakdown and memo lines that print one.
  public var prior: PrintedFigure?
  /// A supplementary-budget figure stated with the expense.
  public var supplementary: PrintedFigure?
  /// `（新規）` after the amount.
  public var isNew: Bool
  /// Index into `ExtractedDocument.details` of the heading the line stands under.
  public var detailIndex: Int?
  public var span: SourceSpan
  public init(
    kind: Kind, name: String, amount: PrintedFigure?, prior: PrintedFigure? = nil,
    supplementary: PrintedFigure?, isNew: Bool, detailIndex: Int?, span: SourceSpan
  ) {
    self.kind = kind
    self.name = name
    self.amount = amount
    self.prior = prior
    self.supplementary = supplementary
    self.isNew = isNew
    self.detailIndex = detailIndex
    self.span = span
  }
}

/// A FILP (財政投融資) request figure, such as `産業投資 360 億円`.
public struct FilpRecord: Sendable, Codable, Hashable {
  /// The program it funds (the `◎` line).
  public var program: String
  /// The block heading (`令和6年度 財投要求事項`).
  public var heading: String
  public var figure: PrintedFigure
  public var span: SourceSpan
  public init(program: String, heading: String, figure: PrintedFigure, span: SourceSpan) {
    self.program = program
    self.heading = heading
    self.figure = figure
    self.span = span
  }
}

/// Something the extractor reports about a line: most often a line that carries a figure it
/// could not place.
public struct Diagnostic: Sendable, Codable, Hashable {
  public enum Kind: String, Sendable, Codable, Hashable {
    /// A line with a figure that no rule of the layout places.
    case unrecognizedLine = "unrecognized_line"
    /// A figure that looks like an amount but does not parse.
    case malformedAmount = "malformed_amount"
    /// A table whose rows' arithmetic contradicts every reading of its header: its rows are
    /// reported and not exported.
    case tableUnexplained = "table_unexplained"
    /// A table row whose figures do not add up as its header says (exported, with a warning).
    case tableUnconfirmed = "table_unconfirmed"
    /// Figures whose unit no statement, header or cell gives: not exported.
    case unitUnknown = "unit_unknown"
  }
  public var kind: Kind
  public var message: String
  public var text: String
  public var span: SourceSpan
  public init(kind: Kind, message: String, text: String, span: SourceSpan) {
    self.kind = kind
    self.message = message
    self.text = text
    self.span = span
  }
}
