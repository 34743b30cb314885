import BudgetModel

extension DocumentInfo {
  /// The title a page shows: the document's as printed, or, where the text printed none
  /// (a CSV printed on one line, a chart page), its organization, year and stage, so that no
  /// page has an empty `<title>` or `<h1>` (the Nu Html Checker rejects an empty title).
  var pageTitle: String {
    let blank = title.allSatisfy { $0 == " " || $0 == "\u{3000}" }
    // The stage as printed, or, when an option gave it, its name (`成立予算`).
    let stage = phaseLabel.isEmpty ? phase.documentNameJa : phaseLabel
    return blank ? "\(organization.nameJa) \(fiscalYearLabel) \(stage)" : title
  }
}
