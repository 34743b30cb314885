import BudgetModel

extension DocumentIdentifier {
  /// The fiscal year of a document whose titles print none, as a caption after its first table
  /// names it (`平成 29 年度租税及印紙収入予算額`), only when the document's own tables confirm
  /// it: every such caption names the same one year, and a table whose rows' arithmetic
  /// confirmed its reading prints that year without its era (`29年度(百万円)`) as its newest
  /// amount column, no table printing a later one. The caption gives the year only, never a
  /// stage (`予算額` names none): the stage comes from the titles, the tables or `--phase`.
  func captionFiscalYear(_ extracted: ExtractedDocument) -> EraCalendar.Match? {
    let named = (extracted.budgetCaptions ?? []).map { caption in
      eras.matches(in: caption.text.filter { $0 != " " && $0 != "\u{3000}" }).filter(
        \.isFiscalYear)
    }
    guard let first = named.first?.first,
      named.allSatisfy({ $0.count == 1 && $0[0].year == first.year }),
      let era = eras.eras.first(where: { first.label.hasPrefix($0.key) })
    else { return nil }
    let n = first.year - era.value + 1
    var confirmed = false
    for table in extracted.summaryTables {
      for meaning in table.meanings ?? [] where meaning.kind == .amount {
        guard let label = meaning.fiscalYearLabel else { continue }
        let compact = label.filter { $0 != " " && $0 != "\u{3000}" }
        let printed = eras.matches(in: compact).first(where: \.isFiscalYear)?.year
        let bare = Int(compact.prefix { ("0"..."9").contains($0) })
        // A later year than the caption's, in the era or bare: the caption is not the newest.
        if let printed, printed > first.year { return nil }
        if printed == nil, let bare, bare > n { return nil }
        if table.confirmed, printed == nil, bare == n,
          compact.dropFirst("\(n)".count)
            .hasPrefix("年度")
        {
          confirmed = true
        }
      }
    }
    return confirmed ? first : nil
  }
}
