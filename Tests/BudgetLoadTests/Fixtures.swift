import BudgetModel

/// A hand-built document covering the cases the CSV export must get right: a `—` sub-item
/// (no amount), a bracketed one, a part-of expense, a supplementary-only expense, a title
/// with a comma and quotes, formula-like names, a ▲ change and a FILP figure.
enum Fixtures {
  static let info = DocumentInfo(
    id: "jp-soumu-2024-proposal", title: "令和6年度 総務省所管予算(案)の概要",
    organization: Organization(
      code: "soumu", nameJa: "総務省", nameEn: "Ministry of Internal Affairs and Communications",
      corporateNumber: "2000012020001"),
    fiscalYear: 2024, fiscalYearLabel: "令和6年度", priorFiscalYear: 2023,
    priorFiscalYearLabel: "令和5年度", phase: BudgetPhase(code: "proposal", fiscalDataPackagePhase: "proposed", openBudgetsPhase: "draft", nameJa: "予算案", nameEn: "draft budget"), phaseLabel: "(案)",
    publicationMonth: "2023-12", publicationLabel: "令和5年12月",
    sourceFile: "soumu-r6-yosan-an-gaiyo.txt", sourceSHA256: String(repeating: "0", count: 64),
    statedUnit: "億円")

  static func budget(_ amount: Int64?, line: Int, marker: FigureMarker? = nil) -> Figure {
    Figure(
      measure: .budget, fiscalYear: 2024, fiscalYearLabel: "令和6年度", amountJPY: amount,
      countsTowardTotal: marker == nil, marker: marker, line: line)
  }

  static func prior(_ amount: Int64?, line: Int) -> Figure {
    Figure(
      measure: .priorInitial, fiscalYear: 2023, fiscalYearLabel: "令和5年度", amountJPY: amount,
      countsTowardTotal: true, marker: nil, line: line)
  }

  /// The title with a comma and double quotes (RFC 4180 quoting).
  static let quotedTitle = "統計人材の確保, \"育成\""
  /// Names a spreadsheet would evaluate.
  static let formulaNames = ["=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "-x"]

  static let items: [BudgetItem] = [
    BudgetItem(
      id: "c1", parentId: nil, level: .chapter, code: "I", title: "活力ある多様な地域社会の実現",
      figures: [], isNew: false, span: SourceSpan(line: 40), overviewSpan: SourceSpan(line: 36)),
    BudgetItem(
      id: "c1-1", parentId: "c1", level: .item, code: "1", title: "地方の一般財源総額の確保等",
      figures: [budget(19_927_010_000_000, line: 43), prior(19_606_400_000_000, line: 43)],
      isNew: false, span: SourceSpan(line: 43, endLine: 44),
      overviewSpan: SourceSpan(line: 45)),
    BudgetItem(
      id: "c1-1-2", parentId: "c1-1", level: .subItem, code: "1.(2)",
      title: "地域社会DXの推進", figures: [budget(nil, line: 51)], isNew: false,
      span: SourceSpan(line: 51), overviewSpan: nil),
    BudgetItem(
      id: "c1-1-3", parentId: "c1-1", level: .subItem, code: "1.(3)", title: "消防防災分野のDXの推進",
      figures: [budget(310_000_000, line: 52, marker: .bracketed)], isNew: false,
      span: SourceSpan(line: 52), overviewSpan: SourceSpan(line: 52)),
    BudgetItem(
      id: "c1-2", parentId: "c1", level: .item, code: "2", title: quotedTitle,
      figures: [budget(150_000_000, line: 60), prior(0, line: 60)], isNew: true,
      span: SourceSpan(line: 60), overviewSpan: nil),
  ]

  static let expenses: [Expense] = [
    Expense(
      id: "c1-1-e1", itemId: "c1-1", ordinal: 1, kind: .main, name: "地方交付税交付金",
      figures: [
        budget(18_667_050_000_000, line: 47, marker: .partOf),
        prior(18_361_100_000_000, line: 47),
      ], isNew: false, span: SourceSpan(line: 47)),
    Expense(
      id: "c1-1-e2", itemId: "c1-1", ordinal: 2, kind: .breakdown, name: "防災・減災対策",
      figures: [
        Figure(
          measure: .priorSupplementary, fiscalYear: 2023, fiscalYearLabel: "令和5年度",
          amountJPY: 5_000_000_000, countsTowardTotal: false, marker: .reposted, line: 48)
      ], isNew: true, span: SourceSpan(line: 48, endLine: 49)),
  ] + formulaNames.enumerated().map { index, name in
    Expense(
      id: "c1-2-e\(index + 1)", itemId: "c1-2", ordinal: index + 1, kind: .main, name: name,
      figures: [budget(-(Int64(index) + 1) * 1_000_000, line: 61 + index)], isNew: false,
      span: SourceSpan(line: 61 + index))
  }

  static let summary: [SummaryEntry] = [
    SummaryEntry(
      id: "t1-h1", kind: .headline, section: 1, sectionTitle: "一般会計",
      label: "令和6年度予算額（案）", figures: [budget(18_210_700_000_000, line: 9)],
      changeRatePercent: nil, span: SourceSpan(line: 9)),
    SummaryEntry(
      id: "t1-r2", kind: .tableRow, section: 1, sectionTitle: "一般会計", label: "一般歳出",
      figures: [
        budget(424_400_000_000, line: 18), prior(463_300_000_000, line: 18),
        Figure(
          measure: .change, fiscalYear: 2024, fiscalYearLabel: "令和6年度",
          amountJPY: -39_000_000_000, countsTowardTotal: true, marker: nil, line: 18),
      ], changeRatePercent: DecimalNumber(significand: -84, scale: 1),
      span: SourceSpan(line: 18)),
  ]

  static let filp = [
    FilpEntry(
      id: "filp-1", program: "ICT分野の海外展開の推進", label: "産業投資",
      figure: Figure(
        measure: .filp, fiscalYear: 2024, fiscalYearLabel: "令和6年度",
        amountJPY: 36_000_000_000, countsTowardTotal: true, marker: nil, line: 700),
      span: SourceSpan(line: 700))
  ]

  static let findings = [
    Finding(
      severity: .warning, code: .childrenSumMismatch, message: "子事項の合計が親事項と一致しない",
      subjectId: "c1-1", expectedJPY: 19_927_010_000_000, actualJPY: 310_000_000,
      lines: [43, 51, 52]),
    Finding(
      severity: .info, code: .tableDifferenceRounding, message: "四捨五入による差", subjectId: nil,
      lines: []),
  ]

  static let document = BudgetDocument(
    info: info, items: items, expenses: expenses, summary: summary, filp: filp,
    findings: findings)

  /// The document with one item title replaced.
  static func document(itemTitle title: String, at index: Int) -> BudgetDocument {
    var document = document
    document.items[index].title = title
    return document
  }
}
