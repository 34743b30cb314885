import BudgetModel
import Foundation

extension DocumentIdentifier {
  /// Titles that name no one stage (`海保2019年度予算と補正予算合わせ20%増に`: two budgets joined,
  /// `joinsBudgetAndSupplementary`), over headline totals or lines reported whole that name
  /// the document's year with its stage right after it (`海上保安庁の2019年度予算案 対前年度3%増
  /// の総額2177億5300万円`): that stage is the document's, when every such text names the same
  /// one. A text naming another stage of that year (`2019年度補正予算`) makes it uncertain:
  /// nil, and `--phase` is asked for as before. A year's budget with no stage word
  /// (`2019年度予算と…`) names none and is passed over.
  func headlineStage(_ extracted: ExtractedDocument, title: String, year: Int) -> (
    BudgetPhase, String
  )? {
    let printed = extracted.titles.map(\.text).joined().filter { $0 != " " && $0 != "\u{3000}" }
    guard !Self.namesUnplacedStage(Self.withoutComparisons(printed)) else { return nil }
    let marked = mappings.phases.filter { !$0.marker.isEmpty }
    var found: [BudgetPhase] = []
    // The headline totals' labels and the lines the reader reported whole (a first sentence
    // of several amounts, `…2019年度予算案 …総額2177億5300万円（説明文）2018年度補正予算…`).
    let headlines = extracted.amountLines.filter { $0.scope == .headline }.map(\.label)
    let reported = extracted.diagnostics.filter { $0.kind == .unrecognizedLine }.map(\.text)
    for text in headlines + reported {
      for word in stageWords(after: year, in: text) {
        guard let (phase, _) = marked.lazy.compactMap({ $0.match(in: word) }).first else {
          continue
        }
        found.append(phase)
      }
    }
    guard let first = found.first, found.allSatisfy({ $0.code == first.code }) else { return nil }
    return (first, "")
  }

  /// The words that follow each fiscal year `year` printed in the text (`2019年度`, `令和6年度`,
  /// `令和 6 年度`, full-width digits) when they name a budget right away (`予算案`, `予算(案)`,
  /// `概算要求`, `補正予算`, `当初予算`, `第2次補正予算`), up to the next space or punctuation; a
  /// year followed by anything else (`2019年度2隻`) gives none.
  func stageWords(after year: Int, in text: String) -> [String] {
    let compact = Array(
      text.precomposedStringWithCompatibilityMapping.filter { $0 != " " && $0 != "\u{3000}" })
    let stops: Set<Character> = ["、", "。", ",", ":", "=", "に", "は", "が", "と", "で", "を"]
    var words: [String] = []
    var k = 1
    while k < compact.count {
      defer { k += 1 }
      guard compact[k - 1] == "年", compact[k] == "度" else { continue }
      let before = compact[max(0, k - 7)...k]
      let digits = before.dropLast(2).reversed().prefix { $0.isASCIIDigitCharacter }
      let western = digits.count == 4 ? Int(String(digits.reversed())) : nil
      let era = eras.matches(in: String(before)).last(where: \.isFiscalYear)?.year
      guard (western ?? era) == year else { continue }
      let rest = compact[(k + 1)...]
      guard ["予算", "概算", "補正", "当初", "第"].contains(where: { rest.starts(with: $0) }) else {
        continue
      }
      words.append(String(rest.prefix { !stops.contains($0) }.prefix(12)))
    }
    return words
  }
}
