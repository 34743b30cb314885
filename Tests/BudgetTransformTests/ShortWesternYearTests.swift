import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// A news text about a supplementary budget (monka-h30-hosei-kyobun-news; issue #20): its only
/// statement of the year is `2018 年度補正予算` at the head of a sentence of figures, and the
/// items' caption prints the year short, `18年度`.
@Suite struct ShortWesternYearTests {
  static let news = """
    補正予算が参院で成立 文科省関連は1326億円

    文科省関連の18年度補正予算内訳

    2018 年度補正予算(説明文)追加歳出額(説明文)約9356億円(説明文)文科省関連の補正予算額(説明文)約1326億円(説明文)(説明文)

    (説明文)学校施設などの災害復旧に273億円(説明文)内訳は▽公立学校 114億円▽私立学校 13億円▽国立大学など 115億円▽国指定文化財など 21億円▽地震観測網 10億円——。

    熱中症対策の空調設置に817億円(説明文)(説明文)(説明文)

    ブロック塀の倒壊防止などの安全対策に232億円(説明文)(説明文)(説明文)

    (説明文)大学などの授業料減免の支援に5億円(説明文)
    """

  func transform(_ text: String) throws -> BudgetDocument {
    let extracted = Extractor().extract(text: text, sourceName: "t.txt")
    return try Transformer(
      mappings: Support.mappings, overrides: IdentityOverrides(organization: "monka")
    ).transform(extracted)
  }

  @Test func theYearAndStageFromTheSentenceAndTheShortYearIsThatYear() throws {
    let doc = try transform(Self.news)
    #expect(doc.info.fiscalYear == 2018)
    #expect(doc.info.phase.code.hasPrefix("supplementary"))
    let amounts = doc.summary.flatMap { entry in
      entry.figures.filter { $0.measure == .budget }.map {
        "\(entry.span.line) \($0.amountJPY ?? 0)"
      }
    }
    #expect(
      amounts == [
        "1 132600000000", "5 132600000000", "7 27300000000", "7 11400000000", "7 1300000000",
        "7 11500000000", "7 2100000000", "7 1000000000", "9 81700000000", "11 23200000000",
        "13 500000000",
      ])
  }

  // The short year is the title's only when the title prints it in full: under `平成30年度補正予算`
  // (an era year) `18年度` is 平成18年度, another year, and its items are not exported.
  @Test func aShortYearBesideAnEraTitleIsNotTaken() throws {
    let era = Self.news.replacingOccurrences(of: "2018 年度補正予算(説明文)", with: "平成30年度補正予算(説明文)")
    let doc = try transform("平成30年度補正予算について\n" + era)
    #expect(doc.info.fiscalYear == 2018)
    #expect(!doc.summary.contains { $0.label == "熱中症対策の空調設置" })
  }
}
