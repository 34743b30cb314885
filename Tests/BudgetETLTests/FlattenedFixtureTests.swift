import BudgetModel
import BudgetTransform
import Foundation
import Testing

@testable import BudgetETL

/// Issue #20: the real fixtures as other copies of them print them. Mirror sites join a PDF's
/// lines into one (`flattened`); other converters double the spaces between words
/// (`spacesDoubled`), or write full-width digits and CRLF line ends (`fullWidthCRLF`). A
/// variant may be read less completely than the original, never wrongly: every figure it
/// exports (fiscal year, kind, yen; rates by value) must be one of its key's, counted as a
/// multiset (a figure the key holds once is right once), for fixtures keyed `export` and
/// `refuse` alike.
@Suite struct FlattenedFixtureTests {
  enum Variant: String, CaseIterable, CustomTestStringConvertible {
    case flattened, spacesDoubled, fullWidthCRLF
    var testDescription: String { rawValue }

    func apply(_ text: String) -> String {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      switch self {
      case .flattened:
        let kept = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return kept.joined(separator: " ") + "\n"
      case .spacesDoubled:
        return lines.map { $0.replacingOccurrences(of: " ", with: "  ") }.joined(separator: "\n")
      case .fullWidthCRLF:
        let wide = lines.map { line in
          String(
            String.UnicodeScalarView(
              line.unicodeScalars.map { scalar in
                (0x30...0x39).contains(scalar.value)
                  ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
              }))
        }
        return wide.joined(separator: "\r\n")
      }
    }
  }

  /// The figures a document exports that its key does not hold (multiset comparison, lines
  /// not compared: a variant moves them), and how many it exports.
  static func wrongFigures(_ document: BudgetDocument, key: RealWorldKey) -> ([String], Int) {
    var held: [String: Int] = [:]
    for fact in key.facts where fact.kind != "rate_percent" {
      held["\(fact.fiscalYear):\(fact.kind)=\(fact.value)", default: 0] += 1
    }
    let rates = key.facts.filter { $0.kind == "rate_percent" }.compactMap {
      DecimalNumber(ascii: $0.value)
    }
    var wrong: [String] = []
    var exported = 0
    for observation in document.observations {
      let f = observation.figure
      guard let yen = f.amountJPY else { continue }
      exported += 1
      let kind = RealWorldKey.kind(f.measure, phase: document.info.phase.code)
      let fact = "\(f.fiscalYear):\(kind)=\(yen)"
      if let count = held[fact], count > 0 {
        held[fact] = count - 1
      } else {
        wrong.append("line \(f.line) \(fact)")
      }
    }
    for entry in document.summary {
      guard let rate = entry.changeRatePercent else { continue }
      exported += 1
      if !rates.contains(rate) { wrong.append("line \(entry.span.line) rate=\(rate)") }
    }
    return (wrong, exported)
  }

  /// One test per variant, every fixture in a loop (about 110 transforms each).
  @Test(arguments: Variant.allCases) func noWrongFigure(_ variant: Variant) throws {
    var exportedTotal = 0
    for name in RealWorldFixtureTests.names {
      let key = try RealWorldKey(
        RealWorldFixtureTests.folder.appendingPathComponent("\(name).key.tsv"))
      let text = try String(
        contentsOf: RealWorldFixtureTests.folder.appendingPathComponent("\(name).txt"),
        encoding: .utf8)
      let bytes = Array(variant.apply(text).utf8)
      let pipeline = try RealWorldFixtureTests.pipeline(key)
      guard let document = try? pipeline.transform(bytes: bytes, sourceName: "\(name).txt")
      else { continue }
      let (wrong, exported) = Self.wrongFigures(document, key: key)
      exportedTotal += exported
      #expect(wrong.isEmpty, "\(variant) \(name): exported figures not in the key: \(wrong)")
    }
    // The variants are read, not all refused: the check checks something.
    #expect(exportedTotal > 300, "\(variant): only \(exportedTotal) figures exported")
  }
}
