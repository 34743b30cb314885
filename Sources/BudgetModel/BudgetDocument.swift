/// One budget overview document after the transform stage: exact yen, normalized fiscal
/// years and organization, stable identifiers, and the findings of reconciliation.
///
/// Every writer (CSV, XML, JSON-LD, metadata) reads this type and nothing else.
public struct BudgetDocument: Sendable, Codable, Hashable {
  public var info: DocumentInfo
  /// Chapters, items, sub-items and sub-sub-items in document order (parents first).
  public var items: [BudgetItem] { didSet { observations = Self.observations(of: self) } }
  /// Expense lines in document order.
  public var expenses: [Expense] { didSet { observations = Self.observations(of: self) } }
  /// Headline totals and summary-table rows.
  public var summary: [SummaryEntry] { didSet { observations = Self.observations(of: self) } }
  public var filp: [FilpEntry] { didSet { observations = Self.observations(of: self) } }
  public var findings: [Finding]
  /// Every figure of the document, one observation each (see ``observations(of:)``): built
  /// once when the document is made or its figures change, not on every read.
  public private(set) var observations: [Observation] = []

  private enum CodingKeys: String, CodingKey {
    case info, items, expenses, summary, filp, findings
  }

  public init(
    info: DocumentInfo, items: [BudgetItem], expenses: [Expense], summary: [SummaryEntry],
    filp: [FilpEntry], findings: [Finding]
  ) {
    self.info = info
    self.items = items
    self.expenses = expenses
    self.summary = summary
    self.filp = filp
    self.findings = findings
    self.observations = Self.observations(of: self)
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    try self.init(
      info: c.decode(DocumentInfo.self, forKey: .info),
      items: c.decode([BudgetItem].self, forKey: .items),
      expenses: c.decode([Expense].self, forKey: .expenses),
      summary: c.decode([SummaryEntry].self, forKey: .summary),
      filp: c.decode([FilpEntry].self, forKey: .filp),
      findings: c.decode([Finding].self, forKey: .findings))
  }
}

/// Identity and provenance of a document.
public struct DocumentInfo: Sendable, Codable, Hashable {
  /// Stable document id, e.g. `jp-soumu-2024-proposal`. ASCII `[a-z0-9-]` only.
  public var id: String
  /// The title as printed.
  public var title: String
  public var organization: Organization
  /// The fiscal year the budget is for (Gregorian year in which it starts), e.g. 2024.
  public var fiscalYear: Int
  /// The fiscal year as printed, e.g. `令和6年度`.
  public var fiscalYearLabel: String
  /// The prior fiscal year the document compares with.
  public var priorFiscalYear: Int
  public var priorFiscalYearLabel: String
  /// The stage of the budget cycle (from `Mappings/phases.tsv`).
  public var phase: BudgetPhase
  /// The phase marker as printed, e.g. `(案)`; empty when the title prints none.
  public var phaseLabel: String
  /// Publication month as `YYYY-MM`, when printed.
  public var publicationMonth: String?
  /// The publication date as printed, e.g. `令和5年12月`.
  public var publicationLabel: String?
  /// The input's file name (no directories).
  public var sourceFile: String
  public var sourceSHA256: String
  /// The unit the document's bare figures are stated in (`億円`).
  public var statedUnit: String

  public init(
    id: String, title: String, organization: Organization, fiscalYear: Int,
    fiscalYearLabel: String, priorFiscalYear: Int, priorFiscalYearLabel: String,
    phase: BudgetPhase, phaseLabel: String, publicationMonth: String?,
    publicationLabel: String?, sourceFile: String, sourceSHA256: String, statedUnit: String
  ) {
    self.id = id
    self.title = title
    self.organization = organization
    self.fiscalYear = fiscalYear
    self.fiscalYearLabel = fiscalYearLabel
    self.priorFiscalYear = priorFiscalYear
    self.priorFiscalYearLabel = priorFiscalYearLabel
    self.phase = phase
    self.phaseLabel = phaseLabel
    self.publicationMonth = publicationMonth
    self.publicationLabel = publicationLabel
    self.sourceFile = sourceFile
    self.sourceSHA256 = sourceSHA256
    self.statedUnit = statedUnit
  }
}

/// A ministry or agency that has its own budget.
public struct Organization: Sendable, Codable, Hashable {
  /// ASCII code, e.g. `soumu`.
  public var code: String
  public var nameJa: String
  public var nameEn: String
  /// The 13-digit 法人番号, when known.
  public var corporateNumber: String?
  public init(code: String, nameJa: String, nameEn: String, corporateNumber: String?) {
    self.code = code
    self.nameJa = nameJa
    self.nameEn = nameEn
    self.corporateNumber = corporateNumber
  }
}

/// The stage of the budget cycle a document belongs to, as `Mappings/phases.tsv` describes it:
/// 概算要求 (the ministry's request), 予算(案) (the cabinet's draft), the enacted budget, each
/// supplementary budget (補正 第N号) and the settlement (決算). A new stage is a mapping row.
public struct BudgetPhase: Sendable, Codable, Hashable {
  /// The stage's code, the last part of the document id: `request`, `proposal`, `enacted`,
  /// `supplementary-1`, `settlement`. ASCII `[a-z0-9-]` only.
  public var code: String
  /// The Fiscal Data Package phase: `proposed`, `approved`, `adjusted` or `executed`.
  public var fiscalDataPackagePhase: String
  /// The OpenBudgets.eu budget-phase code the stage corresponds to (`draft`, `approved`,
  /// `revised`, `executed`), nil when none fits (the request).
  public var openBudgetsPhase: String?
  /// The stage's name in Japanese, e.g. `予算案`.
  public var nameJa: String
  /// The stage's name in English, e.g. `draft budget`.
  public var nameEn: String
  /// True when the document only asks for this stage's budget (`補正予算要望`: a request for
  /// a supplementary budget): the stage is the budget asked for, its own amounts are measured
  /// `request`, never `budget` (`phases.tsv`'s `amounts` column). Nil (absent) otherwise.
  public var requested: Bool?

  public init(
    code: String, fiscalDataPackagePhase: String, openBudgetsPhase: String?, nameJa: String,
    nameEn: String, requested: Bool? = nil
  ) {
    self.code = code
    self.fiscalDataPackagePhase = fiscalDataPackagePhase
    self.openBudgetsPhase = openBudgetsPhase
    self.nameJa = nameJa
    self.nameEn = nameEn
    self.requested = requested == true ? true : nil
  }

  /// Whether the document requests this stage's budget rather than stating it.
  public var isRequested: Bool { requested == true }

  /// The measure of the document's own budget-year amounts: `request` in a request for the
  /// stage's budget, else `budget`.
  public var ownMeasure: Measure { isRequested ? .request : .budget }

  /// The part of the document id that names the stage: the code, with `-request` for a request
  /// for it (`supplementary-2-request`), so that it is never the id of that budget's own
  /// document.
  public var idPart: String { isRequested ? code + "-request" : code }

  /// The stage as a title names the document: `第2号補正予算要求` / `request for supplementary
  /// budget No. 2` for a request for it, else the stage's names.
  public var documentNameJa: String { isRequested ? nameJa + "要求" : nameJa }
  public var documentNameEn: String { isRequested ? "request for " + nameEn : nameEn }
}
