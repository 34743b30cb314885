import BudgetModel

extension DocumentIdentifier {
  /// The titles (without a prior supplementary budget's words, none naming several years),
  /// and after them the label of the headline that names the document's year and stage when
  /// no title prints a fiscal year (a PR sheet whose only heading is
  /// `【令和元年度補正予算額 32,393百万円】`): the first amount whose label is an era year
  /// (`令和元年度`) going straight on to its budget (`補正予算額`, `予算額`, `概算要求額`,
  /// `当初予算額`) or to the title's own words (`平成29年度の皇室費` under `皇室費`), only when
  /// every amount label that names a fiscal year names that one.
  /// Nothing more otherwise: `--fiscal-year` must say which.
  func withHeadlineTitle(_ extracted: ExtractedDocument, _ titles: [String]) -> [String] {
    let texts = titles.map(withoutPriorSupplementary).filter { !namesSeveralYears($0) }
    return texts + headlineTitle(extracted, titles: texts)
  }

  func headlineTitle(_ extracted: ExtractedDocument, titles texts: [String]) -> [String] {
    guard overrides.fiscalYear == nil,
      !texts.contains(where: { eras.matches(in: $0).contains(where: \.isFiscalYear) })
    else { return [] }
    let dated = extracted.amountLines.filter { line in
      eras.matches(in: line.label).contains(where: \.isFiscalYear)
    }
    let years = Set(dated.flatMap { eras.matches(in: $0.label).filter(\.isFiscalYear).map(\.year) })
    guard years.count == 1, let first = dated.first, first.isPart != true
    else { return [] }
    let label = first.label.filter { $0 != " " && $0 != "\u{3000}" }
    // `令和元年度補正予算額`, or the budget of a name (`消費者庁の平成23年度予算額`).
    guard let match = eras.matches(in: label).first, let at = label.range(of: match.label),
      at.lowerBound == label.startIndex || label[..<at.lowerBound].hasSuffix("の")
    else { return [] }
    let rest = label[at.upperBound...]
    // `平成29年度の皇室費` under the title `皇室費`: the year of what the title names.
    let titled = texts.first.map { namesYearOfTitle(label, title: $0) } ?? false
    return Self.isBudgetOf(rest) || rest.hasPrefix("当初予算") || titled ? [label] : []
  }

  /// `平成29年度の皇室費` under the title `皇室費`, `令和5年度防衛関係費` under `…防衛関係費の概要`:
  /// a fiscal year, then (after `の`) words of two or more characters the title prints.
  func namesYearOfTitle(_ text: String, title: String) -> Bool {
    let compact = text.filter { $0 != " " && $0 != "\u{3000}" }
    guard let match = eras.matches(in: compact).first, match.isFiscalYear,
      compact.hasPrefix(match.label)
    else { return false }
    var rest = compact.dropFirst(match.label.count)
    if rest.hasPrefix("の") { rest = rest.dropFirst() }
    return rest.count >= 2 && title.filter { $0 != " " && $0 != "\u{3000}" }.contains(rest)
  }
}
