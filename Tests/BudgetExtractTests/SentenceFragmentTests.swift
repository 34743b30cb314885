import BudgetModel
import Testing

@testable import BudgetExtract

/// Blind set V's first run (issue #20, hunt7): a sentence cut at its amounts gave labels that
/// are pieces of it (`)と比べ`, `(+21.2%)増額の`, `対前年当初予算額(`); the line is a sentence.
@Suite struct SentenceFragmentTests {
  // norin-h20-kankyo-hozen-gaisan-press lines 24 and 28 (環境保全経費概算要求額の公表).
  static let ministry = "（説明文） 対前年当初予算額(3,819億円)と比べ810億円(+21.2%)増額の4,629億円"
  static let government =
    "環境保全経費概算要求額の政府全体の総額 対前年度当初予算額(2兆2,330億円)と比べ 4,052億円(+18.1%)増額の2兆6,382億円"

  static func yen(_ figure: PrintedFigure?) -> Int128? {
    figure.flatMap(ComparisonSentence.exact).map { $0.value / 1_000_000 }
  }

  func read(_ line: String) -> GenericReader {
    GenericReader.reading(["平成20年度環境保全経費概算要求額の公表について", "", line])
  }

  @Test func sentencePiecesAreNoLabels() {
    for line in [Self.ministry, Self.government] {
      let reader = read(line)
      #expect(reader.amountLines.isEmpty)
      #expect(reader.diagnostics.contains { $0.span.line == 3 })
    }
  }

  // Each kind of piece alone makes the line a sentence: a label that begins with `)`, one
  // that begins with a parenthesized rate or amount, one that ends with `(` when words follow
  // the amount's closing parenthesis.
  @Test func eachPieceAloneMakesASentence() {
    for line in [
      "対前年度当初予算額 3,819億円)と比べ 810億円",
      "事業費 4,000億円(+21.2%)増額の 4,629億円",
      "事業費 4,000億円(▲3億円)減額の 3,997億円",
      "対前年当初予算額(3,819億円)と比べ増額",
    ] {
      #expect(read(line).amountLines.isEmpty, "\(line)")
    }
  }

  // Not pieces of a sentence: an item with its amount in parentheses (line 20 of the same
  // fixture), a numbered item, an amount with its prior year in parentheses.
  @Test func itemsAreStillRead() {
    for (line, yen) in [
      ("(2)  ソフトセルロース利活用技術確立事業(41億円)", 4_100_000_000),
      ("(1) 環境バイオマス総合対策推進事業 5.5億円", 550_000_000),
      ("一般会計 4,629億円(3,819億円)", 462_900_000_000),
    ] as [(String, Int128)] {
      let amounts = read(line).amountLines.map { Self.yen($0.amount) }
      #expect(amounts.first == yen, "\(line)")
    }
  }

  // The sentence's shape with a subject printed: prior A, change B, budget C under the
  // subject, when C − A = B and B / A rounds to the printed rate.
  @Test func subjectFirstComparisonIsRead() {
    let named = Self.ministry.replacingOccurrences(of: "（説明文）", with: "農林水産省関係")
    let reader = read(named)
    #expect(reader.amountLines.count == 1)
    let record = reader.amountLines.first
    #expect(record?.label == "農林水産省関係")
    #expect(Self.yen(record?.amount) == 462_900_000_000)
    #expect(Self.yen(record?.prior) == 381_900_000_000)
    #expect(Self.yen(record?.change) == 81_000_000_000)
    #expect(record?.changeRatePercent == DecimalNumber(ascii: "21.2"))
    let decrease = "農林水産省関係 対前年度当初予算額(4,629億円)と比べ 810億円(▲17.5%)減額の3,819億円"
    #expect(Self.yen(read(decrease).amountLines.first?.change) == -81_000_000_000)
  }

  // Not read: a replaced subject, the whole government's total, arithmetic that fails
  // (change or rate), a sign against the word, words that name a change as the base.
  @Test func subjectFirstComparisonVariantsAreReported() {
    let named = Self.ministry.replacingOccurrences(of: "（説明文）", with: "農林水産省関係")
    for line in [
      Self.ministry, Self.government,
      named.replacingOccurrences(of: "810億円", with: "800億円"),
      named.replacingOccurrences(of: "21.2%", with: "21.3%"),
      named.replacingOccurrences(of: "(+21.2%)増額", with: "(▲21.2%)増額"),
      named.replacingOccurrences(of: "当初予算額", with: "当初予算額比"),
    ] {
      #expect(read(line).amountLines.isEmpty, "\(line)")
    }
  }
}
