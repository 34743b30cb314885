import BudgetModel
import Foundation

/// A small hand-built document for the linked-data tests, with the awkward characters a
/// writer must keep: `<`, `&`, `"` and `𠮷` (outside the BMP).
enum LDFixtures {
  static let base = "https://budget-etl.example/id/"
  static let awkwardTitle = "令和6年度 総務省所管予算(案)の概要 <試験> & \"引用\" 𠮷野家"

  static func figure(
    _ measure: Measure, _ year: Int, _ amount: Int64?, counts: Bool = true,
    marker: FigureMarker? = nil, line: Int
  ) -> Figure {
    Figure(
      measure: measure, fiscalYear: year, fiscalYearLabel: year == 2024 ? "令和6年度" : "令和5年度",
      amountJPY: amount, countsTowardTotal: counts, marker: marker, line: line)
  }

  static let document = BudgetDocument(
    info: DocumentInfo(
      id: "jp-soumu-2024-proposal", title: awkwardTitle,
      organization: Organization(
        code: "soumu", nameJa: "総務省",
        nameEn: "Ministry of Internal Affairs and Communications",
        corporateNumber: "2000012020001"),
      fiscalYear: 2024, fiscalYearLabel: "令和6年度", priorFiscalYear: 2023,
      priorFiscalYearLabel: "令和5年度", phase: BudgetPhase(code: "proposal", fiscalDataPackagePhase: "proposed", openBudgetsPhase: "draft", nameJa: "予算案", nameEn: "draft budget"), phaseLabel: "(案)",
      publicationMonth: "2023-12", publicationLabel: "令和5年12月",
      sourceFile: "soumu-r6-yosan-an-gaiyo.txt",
      sourceSHA256: String(repeating: "ab", count: 32), statedUnit: "億円"),
    items: [
      BudgetItem(
        id: "c1", parentId: nil, level: .chapter, code: "I", title: "地方の<活性化> & \"𠮷\"",
        figures: [figure(.budget, 2024, 1_234_500_000_000, line: 40)], isNew: false,
        span: SourceSpan(line: 40), overviewSpan: SourceSpan(line: 10)),
      BudgetItem(
        id: "c1-1", parentId: "c1", level: .item, code: "1", title: "地方交付税交付金",
        figures: [
          figure(.budget, 2024, 18_210_700_000_000, line: 42),
          figure(.priorInitial, 2023, 17_999_200_000_000, line: 42),
        ],
        isNew: false, span: SourceSpan(line: 42, endLine: 43), overviewSpan: nil),
      BudgetItem(
        id: "c1-1-1", parentId: "c1-1", level: .subItem, code: "1.(1)", title: "新しい施策",
        figures: [
          figure(.budget, 2024, 500_000_000, line: 45),
          figure(.priorInitial, 2023, nil, line: 45),
        ],
        isNew: true, span: SourceSpan(line: 45), overviewSpan: nil),
    ],
    expenses: [
      Expense(
        id: "c1-1-e1", itemId: "c1-1", ordinal: 1, kind: .main, name: "経費 <A> & B",
        figures: [
          figure(.budget, 2024, 29_940_000_000, counts: false, marker: .bracketed, line: 44)
        ],
        isNew: true, span: SourceSpan(line: 44))
    ],
    summary: [
      SummaryEntry(
        id: "t1-r1", kind: .tableRow, section: 1, sectionTitle: "一般会計", label: "合計",
        figures: [
          figure(.budget, 2024, 18_210_700_000_000, line: 20),
          figure(.priorInitial, 2023, 17_999_200_000_000, line: 20),
          figure(.change, 2024, 211_500_000_000, line: 20),
        ],
        changeRatePercent: DecimalNumber(significand: -84, scale: 1), span: SourceSpan(line: 20))
    ],
    filp: [
      FilpEntry(
        id: "filp-1", program: "地域活性化", label: "産業投資",
        figure: figure(.filp, 2024, 36_000_000_000, line: 90), span: SourceSpan(line: 90))
    ],
    findings: [
      Finding(
        severity: .warning, code: .childrenSumMismatch, message: "children do not add up: \"c1\" <>",
        subjectId: "c1", expectedJPY: 1_234_500_000_000, actualJPY: 1_234_400_000_000,
        lines: [40, 42])
    ])

  /// Data files as the other writers might produce them.
  static let dataFiles: [ExportFile] = [
    ExportFile(name: "items.csv", text: "id,title\nc1,地方\n", mediaType: "text/csv"),
    ExportFile(name: "observations.csv", text: "id,amount_jpy\n", mediaType: "text/csv"),
    ExportFile(name: "budget.xml", text: "<budget/>\n", mediaType: "application/xml"),
  ]

  /// Parses JSON text with Foundation (key order is irrelevant for checks).
  static func parse(_ bytes: [UInt8]) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(bytes), options: [])
  }

  /// Every value of every `key` anywhere in a parsed JSON value.
  static func values(of key: String, in json: Any) -> [Any] {
    var found: [Any] = []
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (k, v) in object {
          if k == key { found.append(v) }
          walk(v)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(json)
    return found
  }

  /// Every object key anywhere in `json`, skipping the `@context` values themselves.
  static func keys(in json: Any) -> Set<String> {
    var found = Set<String>()
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (k, v) in object where k != "@context" {
          found.insert(k)
          walk(v)
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(json)
    return found
  }

  /// The nodes of a `@graph`.
  static func graph(_ json: Any) -> [[String: Any]] {
    ((json as? [String: Any])?["@graph"] as? [[String: Any]]) ?? []
  }
}
