import BudgetModel

/// A news text whose only title is its headline amount (`補正予算が参院で成立 文科省関連は1326億円`,
/// read as an amount line) names its budget at the head of a sentence of figures:
/// `2018 年度補正予算(説明文)追加歳出額(説明文)約9356億円…`. The words before the first
/// replaced prose, when they are a four-digit Western fiscal year and the name of a budget and
/// nothing else, title the document (its year and stage), as long as no title was read.
extension GenericReader {
  mutating func noteClauseTitle(_ line: Line, _ text: String) {
    guard titles.isEmpty,
      let cut = ClauseFigures.prose.compactMap({ text.range(of: $0)?.lowerBound }).min()
    else { return }
    let lead = String(text[..<cut]).trimmingSpaces
    guard Self.namesWesternYearBudget(lead) else { return }
    titles.append(TextRecord(text: lead, span: line.span))
  }

  /// `平成16年度予算 SACO関係経費 266億円 …` (boei-h16-hakusho-keihi, a white paper whose titles
  /// are its chapter's): the sentence's year caption (`yearBudgetLead`) titles the document's
  /// year as long as no title names a fiscal year.
  mutating func noteEraClauseTitle(_ line: Line, _ text: String) {
    guard !titles.contains(where: { $0.text.contains("年度") }),
      let lead = Self.yearBudgetLead(text)
    else { return }
    titles.append(TextRecord(text: lead, span: line.span))
  }

  /// The first clause of a sentence of figures, cut by a space, when it is an era's fiscal
  /// year and the name of a budget and nothing else (`平成16年度予算`): the caption of the
  /// sentence's amounts, their heading (a sentence of another year's budget is that year's).
  /// With `stages`, also a year and a stage that is no budget (`平成16年度概算要求`,
  /// `平成16年度決算`: hunt6, variants of boei-h16-hakusho-keihi whose amounts were exported as
  /// the enacted budget): the heading of the sentence's amounts, not a title.
  static func yearBudgetLead(_ text: String, stages: Bool = false) -> String? {
    guard
      let lead = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first.map(
        String.init),
      let year = LegendItems.eraYear(lead), year.range.lowerBound == lead.startIndex
    else { return nil }
    let rest = lead[year.range.upperBound...]
    let ends = stages ? ["予算", "要求", "決算"] : ["予算"]
    guard ends.contains(where: rest.hasSuffix), rest.count <= 8, !rest.contains(where: \.isNumber)
    else {
      return nil
    }
    return lead
  }

  /// `2018 年度補正予算`, `2025年度予算`: `YYYY年度` (1989–2100), then words ending in `予算`
  /// with no figure.
  static func namesWesternYearBudget(_ text: String) -> Bool {
    let compact = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
    guard compact.count >= 8, compact[..<4].allSatisfy(\.isASCIIDigitCharacter),
      let year = Int(String(compact[..<4])), (1989...2100).contains(year),
      compact[4] == "年", compact[5] == "度"
    else { return false }
    let rest = String(compact[6...])
    return rest.hasSuffix("予算") && rest.count <= 8 && !rest.contains(where: \.isNumber)
  }
}
