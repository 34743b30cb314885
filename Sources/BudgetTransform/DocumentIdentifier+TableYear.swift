import BudgetModel

extension DocumentIdentifier {
  /// The fiscal year of a document with no title of its own (no text before its figures names
  /// a budget or prints a year: a magazine page whose table is its only heading), as its
  /// tables compare it (`主要経費別内訳(単位:億円)令和元年度予算(当初)令和2年度予算(当初)増減額…`,
  /// national-r2-shuyo-keihi-rinji-finance). A title that names a budget but no year, or
  /// several years, still asks for `--fiscal-year`. Every table whose
  /// rows' arithmetic confirmed its reading and whose change column is B − A between two
  /// columns printing their years with the era, one year apart, names the same later year, and
  /// no table prints a later year in any amount column. The year only: the stage comes from
  /// the titles, the tables or `--phase`.
  func comparedTableYear(_ extracted: ExtractedDocument, titles: [String]) -> EraCalendar.Match? {
    let naming = ["予算", "概要", "ポイント", "要求", "補正", "総括", "決算", "年度"]
    guard
      (titles + extracted.titles.map(\.text)).allSatisfy({ title in
        eras.matches(in: title).isEmpty && !naming.contains(where: title.contains)
      })
    else { return nil }
    func match(_ meaning: ColumnMeaning) -> EraCalendar.Match? {
      guard let label = meaning.fiscalYearLabel else { return nil }
      return eras.matches(in: label.filter { $0 != " " && $0 != "\u{3000}" })
        .first(where: \.isFiscalYear)
    }
    var found: EraCalendar.Match?
    var latest = Int.min
    for table in extracted.summaryTables {
      let meanings = table.meanings ?? []
      for meaning in meanings where meaning.kind == .amount {
        if let year = match(meaning)?.year { latest = max(latest, year) }
      }
      guard table.confirmed else { continue }
      for relation in ColumnMeaning.relations(meanings)
      where !relation.isQuotient && meanings[relation.result].kind == .change {
        guard let later = match(meanings[relation.lhs]),
          let earlier = match(meanings[relation.rhs]), later.year == earlier.year + 1
        else { continue }
        if let found, found.year != later.year { return nil }
        found = later
      }
    }
    guard let found, latest <= found.year else { return nil }
    return found
  }
}
