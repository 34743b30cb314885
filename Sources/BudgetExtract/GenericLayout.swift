import BudgetModel

/// The layout every budget document shares, whatever its ministry: unit statements and the
/// tables they scope (header words naming fiscal years, stages and measures, confirmed by the
/// rows' arithmetic), headline totals and list items with units. It reads the lines as
/// printed (`joinsLines` is false): a table with one cell per line is read cell by cell.
///
/// It reads a document no other layout fits; its rules are `GenericReader`.
public struct GenericLayout: DocumentLayout {
  public init() {}

  public var name: String { "generic" }
  public var listMarks: [[Unicode.Scalar]] { [] }
  public var joinsLines: Bool { false }

  /// Fits every document a little: the layout of last resort.
  public func detect(_ lines: [Line]) -> Int { 1 }

  public func extract(_ lines: [Line], lexicon: Lexicon, into document: inout ExtractedDocument) {
    var reader = GenericReader(lexicon: lexicon)
    // Items cut a cell per line are read as the one line they were (`CutItems`).
    // An amount whose comparison is cut over the lines below, as the one line it was
    // (`OpenComparison`).
    let parser = FigureParser(lexicon: lexicon)
    let joined = OpenComparison.joining(CutItems.joining(lines, parser: parser), parser: parser)
    for line in joined { reader.read(SpokenSigns.replacing(line)) }
    reader.finish()
    reader.labelLegendPriors()
    reader.readBareUnitPairs()
    reader.readCellGroups(lines)
    reader.readBoxedLegend(lines)
    reader.applyParenthesesLegend()
    // After the legend of parentheses: a prior printed on a line of its own is not in them.
    reader.checkPendingRates()
    reader.readSumFormulaTables(lines)
    reader.readSettlementAccounts(lines)
    reader.readSettlementLists(lines)
    reader.reportYearRowSettlements()
    reader.readBulletedAccounts(lines)
    reader.reportAccountAmounts()
    reader.readLetterFormulaTables(lines)
    reader.readStackedChart(lines)
    reader.readLostHeaderTables(lines)
    reader.readStageSumTables(lines)
    reader.readPartBlockTables(lines)
    reader.readCSVTables(lines)
    reader.readPieShares(lines)
    reader.readUnitHeaderStacks(lines)
    reader.readHeadedAmountStacks(lines)
    reader.continueTablesPastPartOfCells(lines)
    reader.readFormulaStacks(lines)
    reader.readDashLists(lines)
    reader.pairChartAmounts(lines)
    reader.placeChartBarsByTotals(lines)
    reader.readMarkedRunsBySums(lines)
    reader.dropAmbiguousLabels()
    reader.reportUnsignedReductions()
    reader.reportTablesBeforeTrailingUnits(lines)
    reader.refuseJoinedDocuments()
    reader.reportUnaccounted(lines)
    document.titles = reader.titles
    document.summaryTables = reader.tables
    document.amountLines = reader.amountLines
    if !reader.budgetCaptions.isEmpty { document.budgetCaptions = reader.budgetCaptions }
    document.diagnostics += reader.diagnostics
  }
}
