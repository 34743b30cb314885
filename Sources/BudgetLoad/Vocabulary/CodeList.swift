import BudgetModel

/// A code list of the project (`codelist:`): its scheme and its codes, each with English and
/// Japanese labels and definitions. `vocabulary.ttl` states them; `VocabularyTests` checks
/// that each list's codes are the model's cases and the XSD's enumeration.
struct CodeList: Sendable {
  struct Code: Sendable {
    let notation: String
    let label: (en: String, ja: String)
    let definition: (en: String, ja: String)

    init(_ notation: String, label: (String, String), definition: (String, String)) {
      self.notation = notation
      self.label = label
      self.definition = definition
    }
  }

  /// The path under ``Vocabulary/codeList``, e.g. `marker`.
  let name: String
  let label: (en: String, ja: String)
  let comment: (en: String, ja: String)
  /// Empty for a list whose codes each document states (`budget-phase`, in `dsd.jsonld`).
  let codes: [Code]

  /// The scheme's IRI, e.g. `https://budget-etl.example/codelist/marker`.
  var iri: String { Vocabulary.codeList + name }
  /// What the IRI of each code starts with, e.g. `…/codelist/marker/`.
  var codePrefix: String { iri + "/" }
  /// The IRI of a code, e.g. `…/codelist/marker/part_of`.
  func iri(of code: String) -> String { codePrefix + code }

  /// Every code list, in the order `vocabulary.ttl` states them.
  static let all: [CodeList] = [figureKinds, markers, budgetPhases]

  static let figureKinds = CodeList(
    name: "figure-kind", label: ("kinds of figure", "金額の種別"),
    comment: ("What a figure of a budget overview document is.", "予算概要資料の金額の種別。"),
    codes: [
      Code(
        "budget", label: ("budget-year amount", "当年度予算額"),
        definition: (
          "The budget-year amount of the document's stage (for a draft: the proposed amount).",
          "資料の段階における当年度の予算額（予算案なら要求額）。"
        )),
      Code(
        "prior_initial", label: ("prior-year initial budget", "前年度当初予算額"),
        definition: (
          "The prior fiscal year's initial (enacted) budget, printed in parentheses.",
          "括弧内に記載された前年度当初予算額。"
        )),
      Code(
        "prior_supplementary", label: ("prior-year supplementary budget", "前年度補正予算額"),
        definition: ("The prior fiscal year's supplementary budget (e.g. 令和5年度補正予算).", "前年度の補正予算額。")
      ),
      Code(
        "change", label: ("change", "比較増減額"),
        definition: (
          "The change against the prior year (C = A − B) in a summary table.",
          "総括表の対前年度増減額（C = A − B）。"
        )),
      Code(
        "filp", label: ("FILP request", "財政投融資要求額"),
        definition: (
          "A Fiscal Investment and Loan Program (財政投融資) amount for the budget year.", "当年度の財政投融資の額。"
        )),
      Code(
        "initial", label: ("initial budget of another year", "他年度の当初予算額"),
        definition: (
          "The initial (enacted) budget of the figure's fiscal year, neither the budget year nor the prior year, in a table of several years.",
          "複数年度の表に記載された、当年度・前年度以外の年度の当初予算額。"
        )),
      Code(
        "settlement", label: ("settlement", "決算額"),
        definition: (
          "The settled (executed) amount of the figure's fiscal year (決算額).", "当該年度の決算額。"
        )
      ),
      Code(
        "revised", label: ("budget after supplementary budgets", "補正後予算額"),
        definition: (
          "The budget of the figure's fiscal year after its supplementary budgets (補正後).",
          "当該年度の補正後の予算額。"
        )),
      Code(
        "request", label: ("requested amount", "要求額"),
        definition: (
          "The budget-year amount a document requests for the budget of its stage when it only requests it (a request for a supplementary budget, 補正予算要望; the document id ends in -request): not the enacted amount.",
          "資料の段階の予算に対して要求・要望する当年度の額（補正予算要望など。資料IDは -request で終わる）。成立した予算額ではない。"
        )),
    ])

  static let markers = CodeList(
    name: "marker", label: ("markers", "表示区分"),
    comment: ("Printed markers that take a figure out of totals.", "合計から除く金額の表示。"),
    codes: [
      Code(
        "bracketed", label: ("bracketed", "括弧書き"),
        definition: ("Printed in 〔 〕 or [ ]: counted under another item.", "〔 〕または[ ]で記載：他の項目で計上。")),
      Code(
        "part_of", label: ("part of", "内数"),
        definition: ("Printed の内数: only part of a larger figure.", "「の内数」：より大きな金額の一部。")),
      Code(
        "reposted", label: ("reposted", "再掲"),
        definition: ("Printed 再掲: repeats a figure stated earlier.", "「再掲」：前に記載された金額の再掲。")),
      Code(
        "shown_later", label: ("shown later", "後掲"),
        definition: ("Printed 後掲: stated again, in full, later.", "「後掲」：後に改めて記載。")),
    ])

  static let budgetPhases = CodeList(
    name: "budget-phase", label: ("budget stages", "予算の段階"),
    comment: (
      "Stages of Japan's budget cycle (Mappings/phases.tsv); each export's dsd.jsonld states the concept of its stage, mapped to the OpenBudgets.eu budget-phase code list where one fits.",
      "日本の予算過程の段階。各出力の dsd.jsonld がその段階の概念を記載する。"
    ),
    codes: [])
}
