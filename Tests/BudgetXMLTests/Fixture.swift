import BudgetModel

/// A small, hand-built budget document that exercises every element of the schema: a
/// chapter, an item, a sub-item and a sub-sub-item, expenses with a supplementary figure and
/// a `part_of` marker, a figure without an amount, summary rows, a FILP entry and a finding.
enum Fixture {
  static let fy2024 = "令和6年度"
  static let fy2023 = "令和5年度"

  static var info: DocumentInfo {
    DocumentInfo(
      id: "jp-soumu-2024-proposal", title: "令和6年度 総務省所管予算(案)の概要",
      organization: Organization(
        code: "soumu", nameJa: "総務省",
        nameEn: "Ministry of Internal Affairs and Communications",
        corporateNumber: "2000012020001"),
      fiscalYear: 2024, fiscalYearLabel: fy2024, priorFiscalYear: 2023,
      priorFiscalYearLabel: fy2023, phase: BudgetPhase(code: "proposal", fiscalDataPackagePhase: "proposed", openBudgetsPhase: "draft", nameJa: "予算案", nameEn: "draft budget"), phaseLabel: "(案)",
      publicationMonth: "2023-12", publicationLabel: "令和5年12月",
      sourceFile: "soumu-r6-yosan-an-gaiyo.txt",
      sourceSHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      statedUnit: "億円")
  }

  static func budget(_ amount: Int64?, line: Int) -> Figure {
    Figure(
      measure: .budget, fiscalYear: 2024, fiscalYearLabel: fy2024, amountJPY: amount,
      countsTowardTotal: true, marker: nil, line: line)
  }

  static func prior(_ amount: Int64?, line: Int) -> Figure {
    Figure(
      measure: .priorInitial, fiscalYear: 2023, fiscalYearLabel: fy2023, amountJPY: amount,
      countsTowardTotal: true, marker: nil, line: line)
  }

  static var items: [BudgetItem] {
    [
      BudgetItem(
        id: "c1", parentId: nil, level: .chapter, code: "I",
        title: "活力ある多様な地域社会の実現に向けた 地方行財政基盤の確立、地域DX・地域活性化の推進",
        figures: [], isNew: false, span: SourceSpan(line: 50), overviewSpan: SourceSpan(line: 50)),
      BudgetItem(
        id: "c1-1", parentId: "c1", level: .item, code: "1", title: "地方の一般財源総額の確保等",
        figures: [budget(19_927_010_000_000, line: 120), prior(19_552_630_000_000, line: 120)],
        isNew: false, span: SourceSpan(line: 120), overviewSpan: SourceSpan(line: 52)),
      BudgetItem(
        id: "c1-2", parentId: "c1", level: .item, code: "2", title: "地域DXの推進",
        figures: [budget(45_800_000_000, line: 140)], isNew: false,
        span: SourceSpan(line: 140), overviewSpan: SourceSpan(line: 56)),
      BudgetItem(
        id: "c1-2-1", parentId: "c1-2", level: .subItem, code: "2.(1)",
        title: "自治体DXの推進", figures: [budget(45_800_000_000, line: 142)], isNew: false,
        span: SourceSpan(line: 142, endLine: 143), overviewSpan: nil),
      BudgetItem(
        id: "c1-2-1-a", parentId: "c1-2-1", level: .subSubItem, code: "2.(1).(a)",
        title: "フロントヤード改革の推進",
        figures: [budget(1_000_000_000, line: 145), prior(nil, line: 145)], isNew: true,
        span: SourceSpan(line: 145), overviewSpan: nil),
    ]
  }

  static var expenses: [Expense] {
    [
      Expense(
        id: "c1-2-1-a-e1", itemId: "c1-2-1-a", ordinal: 1, kind: .main,
        name: "自治体フロントヤード改革推進事業",
        figures: [
          budget(300_000_000, line: 147),
          Figure(
            measure: .priorSupplementary, fiscalYear: 2023, fiscalYearLabel: "令和5年度補正予算",
            amountJPY: 2_000_000_000, countsTowardTotal: false, marker: .partOf, line: 147),
        ],
        isNew: true, span: SourceSpan(line: 147)),
      Expense(
        id: "c1-2-1-a-e2", itemId: "c1-2-1-a", ordinal: 2, kind: .memo,
        name: "地方交付税(地方団体交付ベース)",
        figures: [
          Figure(
            measure: .budget, fiscalYear: 2024, fiscalYearLabel: fy2024,
            amountJPY: 18_667_050_000_000, countsTowardTotal: false, marker: .bracketed,
            line: 148)
        ],
        isNew: false, span: SourceSpan(line: 148)),
    ]
  }

  static var summary: [SummaryEntry] {
    [
      SummaryEntry(
        id: "t1-h1", kind: .headline, section: 1, sectionTitle: "第1 一般会計",
        label: "令和6年度予算額（案）", figures: [budget(18_210_700_000_000, line: 10)],
        changeRatePercent: nil, span: SourceSpan(line: 10)),
      SummaryEntry(
        id: "t1-r2", kind: .tableRow, section: 1, sectionTitle: "第1 一般会計", label: "一般歳出",
        figures: [
          budget(424_400_000_000, line: 19), prior(463_300_000_000, line: 19),
          Figure(
            measure: .change, fiscalYear: 2024, fiscalYearLabel: fy2024,
            amountJPY: -39_000_000_000, countsTowardTotal: true, marker: nil, line: 19),
        ],
        changeRatePercent: DecimalNumber(significand: -84, scale: 1), span: SourceSpan(line: 19)),
    ]
  }

  static var filp: [FilpEntry] {
    [
      FilpEntry(
        id: "filp-1", program: "株式会社海外通信・放送・郵便事業支援機構", label: "産業投資",
        figure: Figure(
          measure: .filp, fiscalYear: 2024, fiscalYearLabel: fy2024, amountJPY: 36_000_000_000,
          countsTowardTotal: true, marker: nil, line: 300),
        span: SourceSpan(line: 299, endLine: 300))
    ]
  }

  static var findings: [Finding] {
    [
      Finding(
        severity: .warning, code: .childrenSumMismatch,
        message: "The sub-items of c1-2 add up to 45,000,000,000 yen, not 45,800,000,000 yen.",
        subjectId: "c1-2", expectedJPY: 45_800_000_000, actualJPY: 45_000_000_000,
        lines: [140, 142])
    ]
  }

  static var document: BudgetDocument {
    BudgetDocument(
      info: info, items: items, expenses: expenses, summary: summary, filp: filp,
      findings: findings)
  }
}
