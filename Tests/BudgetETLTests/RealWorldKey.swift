import BudgetModel
import BudgetTransform
import Foundation

/// An answer key of `Tests/Fixtures/RealWorld/` (its README gives the format).
struct RealWorldKey {
  /// Key figures each fixture's reader does not export yet (the shapes it does not read are
  /// listed in `Docs/real-documents.md`). A fixture not named here must be read completely.
  static let knownGaps: [String: Int] = [
    "TOTAL": 635,
    "boei-h18-zaimusho-genan-naiji": 14,
    "boei-h26-hakusho-keihi-uchiwake": 6,
    "boei-h29-finance-keihi-p23": 8,
    "boei-h29-hakusho-keihi": 2,
    "boei-r2-hakusho-kakkoku-kokubohi-csv": 14,
    "boei-r5-hakusho-keihi": 1,
    "fukko-h25-bousai-hakusho": 6,
    "fukko-h30-bousai-hakusho": 27,
    "gaimu-h16-oda-yosan-gaiyo": 28,
    "gaimu-h29-sainyu-mitsumori": 32,
    "gaimu-r3-gaiko-point-finance": 2,
    "homu-h26-gaisan-yokyu-jikobetsu": 4,
    "homu-h26-hosei-kaiken": 5,
    "kankyo-h17-gaisan-yokyu-gaiyo": 2,
    "kankyo-h22-mizutaiki-yosan-an": 5,
    "keisan-h13-tokkyo-tokkai-bunseki-kensain": 6,
    "keisan-h19-chusho-gaisan-yokyu-gaiyo": 3,
    "keisan-h22-tokkyo-tokkai-kessan": 11,
    "keisan-h26-hatsuden-cost-wg-yosan-komoku": 4,
    "keisan-h28-enetokkai-shukeikan-kaisetsu": 10,
    "keisan-h30-finance-p12": 1,
    "keisan-r2-tokkyo-tokkai-kessan-kensain": 2,
    "keisatsu-h16-hakusho-yosan": 4,
    "keisatsu-h24-yosan-gaiyo-123deta": 20,
    "kodomo-r6-shahosho-yosan-wic": 3,
    "kokkai-h28-kessan-ndl-blog": 1,
    "kokkai-h29-ndl-gaisan": 3,
    "kokudo-h13-yosan-gaiyo": 16,
    "kokudo-h30-jidosha-anzen-tokkai-kessan-kensain": 2,
    "kokudo-h31-kaiho-yosan-an-jwing": 8,
    "kokudo-r01-jidosha-anzen-tokkai-kessan-kensain": 2,
    "kokudo-r4-kaiho-hosei-ships": 5,
    "kokudo-r7-point-finance": 16,
    "kosei-h31-yosan-an-gaiyo-vdocuments": 24,
    "kosei-r4-yosan-an-point-taio-wic": 1,
    "monka-h29-bunka-gaisan": 9,
    "monka-h30-gaisan-point-rifj": 10,
    "monka-h5-bunkacho-yosan-hakusho": 2,
    "naikaku-r7-jinjiin-yosan-gaiyo": 13,
    "naikakufu-r8-kotorii-gaisan-kaiken": 5,
    "naikakufu-r8-kotorii-yosan-an-kaiken": 4,
    "national-h10-kagaku-gijutsu-yosan-an": 16,
    "national-h11-oda-yosan-gaiyo": 13,
    "national-h12-shogaisha-shisaku-yosan": 1,
    "national-h15-chikyu-kankyo-gaisan": 1,
    "national-h15-genshiryoku-gaisan": 14,
    "national-h16-kankyo-hozen-gaisan": 7,
    "national-h16-shogaisha-shisaku-yosan": 1,
    "national-h20-kankyo-hozen-gaisan": 6,
    "national-h21-kankyo-hozen-yosan-an": 10,
    "national-h27-hosei1-setsumei-sosetsu": 5,
    "national-h28-chusho-taisaku": 4,
    "national-h28-hosei2-gaiyo": 1,
    "national-h28-hosei2-setsumei-sosetsu": 11,
    "national-h29-sozei-setsumei": 21,
    "national-h31-kyojinka-point": 10,
    "national-h31-shakaihosho-point": 16,
    "national-r2-kyojinka-yosan-an": 2,
    "national-r2-shakaihosho-point": 16,
    "national-r2-shuyo-keihi-rinji-finance": 1,
    "national-r3-hosei1-gaiyo-blog": 1,
    "national-r4-koreishakai-hakusho-yosan": 30,
    "national-r5-gaiko-point-p5": 2,
    "national-r6-oda-seifuan": 8,
    "norin-h20-kankyo-hozen-gaisan-press": 4,
    "norin-h28-kessan-ippan-blog": 1,
    "norin-h28-rinya-sanson-kettei": 10,
    "norin-h29-rinya-gaisan-sokatsu": 3,
    "soumu-h27-point-seifuan": 1,
    "soumu-h27-yosan-an-gaiyo-paperzz": 23,
    "soumu-h29-chizai-keikaku-gaiyo-123deta": 31,
    "soumu-h30-shobo-yosan-an": 3,
    "soumu-r4-shobo-hakusho-yosan": 7,
    "zaimu-h17-kokuzeicho-report": 4,
    "zaimu-h25-gaitame-tokkai-kessan-kensain": 3,
    "zaimu-h27-tokkai-gaisan": 7,
  ]

  struct Fact: Hashable, CustomStringConvertible {
    var line: Int
    var fiscalYear: Int
    var kind: String
    var value: String
    var description: String { "\(line):\(fiscalYear):\(kind)=\(value)" }
  }

  var expectsExport: Bool
  var organization: String
  var fiscalYear: Int
  var phase: String
  var overrides = IdentityOverrides()
  /// Amounts (yen) and rates (percent as printed) that should be exported.
  var facts: [Fact] = []
  /// The key's `label` and `column` of each fact (same index as ``facts``).
  var labels: [String] = []
  var columns: [String] = []

  init(_ url: URL) throws {
    var header: [String: String] = [:]
    var facts: [Fact] = []
    var labels: [String] = []
    var columns: [String] = []
    for raw in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
      if raw.hasPrefix("#") {
        let body = raw.dropFirst()
        guard let colon = body.firstIndex(of: ":") else { continue }
        let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        header[body[..<colon].trimmingCharacters(in: .whitespaces)] = value
        continue
      }
      let cells = raw.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 7, let line = Int(cells[0]), let year = Int(cells[4]) else { continue }
      guard cells[1] != "note",
        [
          "initial", "request", "proposal", "supplementary", "revised", "settlement", "change",
          "rate_percent",
        ].contains(cells[5])
      else { continue }
      facts.append(Fact(line: line, fiscalYear: year, kind: cells[5], value: cells[6]))
      labels.append(cells[2])
      columns.append(cells[3])
    }
    func first(_ key: String) -> String {
      header[key]?.split(separator: " ").first.map(String.init) ?? ""
    }
    expectsExport = first("expect") == "export"
    organization = first("organization")
    fiscalYear = Int(first("fiscal_year")) ?? 0
    phase = first("phase")
    self.facts = facts
    self.labels = labels
    self.columns = columns
    let options = (header["options"] ?? "").split(separator: " ").map(String.init)
    for (k, option) in options.enumerated() where k + 1 < options.count {
      switch option {
      case "--organization": overrides.organization = options[k + 1]
      case "--fiscal-year": overrides.fiscalYear = Int(options[k + 1])
      case "--phase": overrides.phase = options[k + 1]
      default: break
      }
    }
  }

  /// The key's kind of a figure the document exports.
  static func kind(_ measure: Measure, phase: String) -> String {
    switch measure {
    case .budget:
      if phase.hasPrefix("supplementary") { return "supplementary" }
      return ["request": "request", "proposal": "proposal", "settlement": "settlement"][phase]
        ?? "initial"
    case .priorInitial: return "initial"
    case .priorSupplementary: return "supplementary"
    case .change: return "change"
    case .filp: return "filp"
    case .initial: return "initial"
    case .settlement: return "settlement"
    case .revised: return "revised"
    // A request for the budget of the document's stage (補正予算要望): the key's `request`.
    case .request: return "request"
    }
  }

  /// Exported figures not in the key, key figures not exported, and exported figures matched
  /// to a key row whose label is another row's (``RealWorldLabel``).
  func compare(_ document: BudgetDocument) -> (
    wrong: [Fact], missing: [Fact], labels: [RealWorldLabel.Mismatch]
  ) {
    let names = RealWorldLabel.subjectLabels(document)
    var remaining = facts.indices.filter { facts[$0].kind != "rate_percent" }
    var wrong: [Fact] = []
    var mismatches: [RealWorldLabel.Mismatch] = []
    for observation in document.observations {
      let f = observation.figure
      guard let yen = f.amountJPY else { continue }
      let fact = Fact(
        line: f.line, fiscalYear: f.fiscalYear,
        kind: Self.kind(f.measure, phase: document.info.phase.code), value: String(yen))
      let exported = names["\(observation.subjectKind.rawValue)/\(observation.subjectId)"] ?? ""
      let candidates = remaining.filter { facts[$0] == fact }
      guard let first = candidates.first else {
        wrong.append(fact)
        continue
      }
      let k = candidates.first { sameLabel($0, exported) } ?? first
      remaining.removeAll { $0 == k }
      if !sameLabel(k, exported) {
        mismatches.append(.init(fact: fact, key: labels[k], exported: exported))
      }
    }
    let rates = compareRates(document)
    return (
      wrong + rates.wrong, remaining.map { facts[$0] } + rates.missing, mismatches + rates.labels
    )
  }

  /// Whether the key row `k` and an exported label name the same row.
  func sameLabel(_ k: Int, _ exported: String) -> Bool {
    RealWorldLabel.same(
      key: labels[k], column: columns[k], exported: exported, fiscalYear: facts[k].fiscalYear)
  }

  /// The rates of the summary (増減率 of a row's span) against the key's `rate_percent` rows.
  func compareRates(_ document: BudgetDocument) -> (
    wrong: [Fact], missing: [Fact], labels: [RealWorldLabel.Mismatch]
  ) {
    var rates: [(lines: ClosedRange<Int>, value: DecimalNumber, label: String)] = []
    for entry in document.summary {
      if let rate = entry.changeRatePercent {
        rates.append((entry.span.line...entry.span.endLine, rate, entry.label))
      }
    }
    let keyRates = facts.indices.filter { facts[$0].kind == "rate_percent" }
    func matches(_ k: Int, _ rate: (lines: ClosedRange<Int>, value: DecimalNumber, label: String))
      -> Bool
    { rate.lines.contains(facts[k].line) && DecimalNumber(ascii: facts[k].value) == rate.value }
    var wrong: [Fact] = []
    var mismatches: [RealWorldLabel.Mismatch] = []
    for rate in rates {
      let fact = Fact(
        line: rate.lines.lowerBound, fiscalYear: 0, kind: "rate_percent", value: "\(rate.value)")
      let candidates = keyRates.filter { matches($0, rate) }
      guard let first = candidates.first else {
        wrong.append(fact)
        continue
      }
      let k = candidates.first { sameLabel($0, rate.label) } ?? first
      if !sameLabel(k, rate.label) {
        mismatches.append(.init(fact: facts[k], key: labels[k], exported: rate.label))
      }
    }
    let missing = keyRates.filter { k in !rates.contains { matches(k, $0) } }.map { facts[$0] }
    return (wrong, missing, mismatches)
  }
}
