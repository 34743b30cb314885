import BudgetLoad
import BudgetModel

/// The reconciliation findings as `validation-report.json` and `.txt`, in every export.
struct ValidationReportFormat: ExportFormat {
  let name = "validation-report"
  let stage = ExportStage.first

  let described = [
    ValidationReportWriter.jsonFileName: FileDescription("照合結果 (JSON)", audience: "確認・システム連携"),
    ValidationReportWriter.textFileName: FileDescription("照合結果 (テキスト)", audience: "確認"),
  ]

  func files(in context: ExportContext) throws -> [ExportFile] {
    try ValidationReportWriter.files(for: context.document)
  }
}
