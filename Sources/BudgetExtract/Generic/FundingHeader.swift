import BudgetModel

/// A header that names two measures of one fiscal year instead of years (`区分 事業費 対前年度
/// 比 国費 対前年度比`): 国費 is the national expense, the budget amount; 事業費 is the cost of
/// the works, which includes what others pay, and is no measure of the schema (a column of
/// kind `other`: its cells are reported, never exported).
///
/// Neither prints its fiscal year: the table's caption does (`平成15年度河川局関係予算総括表`).
/// The year and stage are taken from the caption only when it names exactly one year;
/// otherwise the columns have none and are not exported.
enum FundingHeader {
  static let national = "国費"
  static let project = "事業費"

  /// The columns, or nil when the header names neither word or names a column by its year.
  static func meanings(_ texts: [String], caption: String?) -> [ColumnMeaning]? {
    let joined = texts.joined(separator: " ")
    let compact = Array(joined.filter { $0 != " " })
    guard String(compact).contains(national) || String(compact).contains(project),
      !ColumnHeader.meanings(joined).contains(where: { $0.kind == .amount })
    else { return nil }
    let year = captionYear(caption)
    var columns: [ColumnMeaning] = []
    var i = 0
    while i < compact.count {
      if ColumnHeader.matches(compact, national, at: i) {
        columns.append(
          ColumnMeaning(
            kind: .amount, header: national, fiscalYearLabel: year?.fiscalYearLabel,
            stage: year?.stage))
        i += national.count
        continue
      }
      if ColumnHeader.matches(compact, project, at: i) {
        columns.append(ColumnMeaning(kind: .other, header: project))
        i += project.count
        continue
      }
      let (word, length, printed) = ColumnHeader.read(compact, at: i)
      switch word {
      case .kind, .letter, .formula:
        ColumnHeader.apply(word, printed: printed, to: &columns)
      case .other:
        break
      case .year, .stage, .partOf, .notABudget:
        return nil
      }
      i += length
    }
    return columns.contains { $0.header == national } ? columns : nil
  }

  /// The one fiscal year (and stage) a caption names (`2.平成15年度河川局関係予算総括表`).
  static func captionYear(_ caption: String?) -> ColumnMeaning? {
    guard let caption else { return nil }
    let read = ColumnHeader.meanings(caption)
    guard read.count == 1, read[0].kind == .amount, read[0].fiscalYearLabel != nil else {
      return nil
    }
    return read[0]
  }
}
