import BudgetModel
import Testing

@testable import BudgetExtract

/// A one-line page of items whose amounts carry marks a legend explains
/// (shohisha-h27-yosan-an-hosei; `GenericReader+Marked`, issue #20).
@Suite struct GenericMarkedTests {
  func read(_ text: String) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    reader.read(Line(number: 1, scalars: Array(text.unicodeScalars)))
    reader.finish()
    return reader
  }

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  static let legend =
    "消費者庁 平成26年度補正予算・平成27年度予算案について ※【補正】:平成26年度補正予算の額。 【当初】:平成27年度当初予算案の額、()内は平成26年度当初予算の額。"
  static let items =
    " ① 「身近な行政」の推進 ●地方消費者行政推進交付金 【当初】30億円 (30億円) 【補正】20億円 ((説明文)) ●消費者ホットラインの3桁化 【補正】4.8億円 ●子供の不慮の事故防止などの消費者教育の推進 【当初】39百万円(33百万円) ●国"

  @Test func marksReadAsTheLegendSays() {
    let reader = read(Self.legend + Self.items)
    #expect(reader.legend.marks == ["補正": "平成26年度補正予算", "当初": "平成27年度当初予算案"])
    #expect(reader.legend.parenthesized == "当初")
    let lines = reader.amountLines
    #expect(lines.map(\.label).count == 4)
    #expect(lines.map { parts($0.amount) } == [["30億円"], ["20億円"], ["4.8億円"], ["39百万円"]])
    #expect(lines.map { parts($0.prior) } == [["30億円"], [], [], ["33百万円"]])
    #expect(lines.map(\.context) == ["平成27年度当初予算案", "平成26年度補正予算", "平成26年度補正予算", "平成27年度当初予算案"])
    #expect(lines[1].label == "●地方消費者行政推進交付金")
  }

  // Without the legend a mark names no year: `【補正】` stays in the label (a stage of the
  // budget year, which the transform does not give a measure in a proposal), never a year.
  @Test func marksWithoutALegendNameNoYear() {
    let reader = read("消費者庁 平成27年度予算案について" + Self.items)
    #expect(reader.legend.marks.isEmpty)
    #expect(reader.amountLines.allSatisfy { $0.context?.contains("平成26年度") != true })
    let marked = reader.amountLines.filter { parts($0.amount) == ["4.8億円"] }
    #expect(marked.allSatisfy { $0.label.contains("【補正】") })
  }

  // A parenthesized prior year is the year before the mark's, or the legend is not learned.
  @Test func aParenthesizedYearThatIsNotTheYearBeforeIsNotLearned() {
    var reader = GenericReader(lexicon: .standard)
    reader.learnMarkLegend("【当初】:平成27年度当初予算案の額、()内は平成25年度当初予算の額。")
    #expect(reader.legend.marks["当初"] == "平成27年度当初予算案")
    #expect(reader.legend.parenthesized == nil)
  }
}
