import BudgetModel
import Testing

@testable import BudgetExtract

/// A shape of blind set Q (`Tests/Fixtures/RealWorld/SOURCES-q.md`; issue #20): names glued to
/// their amounts under a legend of parentheses (national-h15-genshiryoku-gaisan), read only
/// where the list's own sums prove them.
@Suite struct BlindSetQGluedTests {
  // national-h15-genshiryoku-gaisan lines 10-33 (平成15年度原子力関係経費の見積り, 億円).
  static let glued = [
    "単位:億円       ", "括弧内は平成14年度予算額", "", "平成15年度原子力関係経費4,819(4,662)",
    " 一般会計1,528(1,455)", " 電源開発促進対策特別会計3,291(3,207)", "",
    "1.国民・社会と原子力の調和2,397(2,264)", "(1)安全確保と防災670( 664)", "(説明文)",
    " ・安全確保の取組499( 497)", "  うち安全研究206( 219)", "  うち原子力発電安全対策124( 115)",
    "  うち核燃料サイクル施設安全対策44(  45)", " ・原子力防災の取組172( 166)", "",
    "(2)情報公開と情報提供163( 161)", "(説明文)", " ・電源立地推進調整等委託費のうち広報関連51(  49)", "",
    "(3)原子力に関する教育10(  10)",
  ]

  static func number(_ figure: PrintedFigure) -> String {
    figure.amount.map { "\($0.parts[0].number)" } ?? "-"
  }

  static func read(_ reader: GenericReader) -> [[String]] {
    reader.amountLines.sorted { $0.span.line < $1.span.line }.map {
      [
        "\($0.span.line)", $0.label, number($0.amount),
        $0.prior.map { "\(number($0)) \($0.label ?? "")" } ?? "-",
      ]
    }
  }

  // 1,528 + 3,291 = 4,819 and 1,455 + 3,207 = 4,662; (1) 670 = 499 + 172 (671, within the
  // rounding of three figures) and 664 = 497 + 166 (663); the うち rows are passed over. The
  // rest (pillar 1's 2,397 against (1)–(3)'s 843, the うち rows, (2), (3)) no sum proves.
  @Test func gluedNamesProvenByTheirSums() {
    let reader = GenericReader.reading(Self.glued)
    #expect(
      Self.read(reader) == [
        ["4", "平成15年度原子力関係経費", "4819", "4662 平成14年度予算額"],
        ["5", "一般会計", "1528", "1455 平成14年度予算額"],
        ["6", "電源開発促進対策特別会計", "3291", "3207 平成14年度予算額"],
        ["9", "(1)安全確保と防災", "670", "664 平成14年度予算額"],
        ["11", "・安全確保の取組", "499", "497 平成14年度予算額"],
        ["15", "・原子力防災の取組", "172", "166 平成14年度予算額"],
      ])
    let reported = Set(reader.diagnostics.map(\.span.line))
    #expect(reported.isSuperset(of: [8, 12, 13, 14, 17, 19, 21]))
    #expect(reader.amountLines.allSatisfy { $0.context?.contains("括弧内") != true })
  }

  // 一般会計 printed 1,582: neither column adds up any more and nothing of lines 4-6 is read;
  // a name printing another year than the one after the legend's is not read either.
  @Test func gluedNamesThatDoNotAddUpAreReported() {
    var lines = Self.glued
    lines[4] = " 一般会計1,582(1,455)"
    let reader = GenericReader.reading(lines)
    #expect(!reader.amountLines.contains { (4...6).contains($0.span.line) })
    #expect(Set(reader.diagnostics.map(\.span.line)).isSuperset(of: [4, 5, 6]))
    lines = Self.glued
    lines[3] = "平成14年度原子力関係経費4,819(4,662)"
    let other = GenericReader.reading(lines)
    #expect(!other.amountLines.contains { $0.span.line == 4 })
    #expect(LegendItems.gluedItem(Array("一般会計1,528(1,455)".unicodeScalars), legend: "x") != nil)
    #expect(LegendItems.gluedItem(Array("一般会計+1,528(1,455)".unicodeScalars), legend: "x") == nil)
    #expect(LegendItems.gluedItem(Array("計1.5,528(1,455)".unicodeScalars), legend: "x") == nil)
  }

  // The same lines with spaces and units (`一般会計 1,528億円(1,455億円)`) under that legend: the
  // legend is no heading of the amounts (they were exported as 平成14年度's budget).
  @Test func aLegendOfParenthesesIsNoHeadingOfTheAmounts() {
    let lines = Self.glued.map { line -> String in
      guard let open = line.firstIndex(of: "("), line.hasSuffix(")"), !line.hasPrefix("(") else {
        return line
      }
      let head = line[..<open]
      let digits = head.reversed().prefix { $0.isNumber || $0 == "," }
      let name = head.dropLast(digits.count)
      let prior = line[line.index(after: open)...].dropLast().filter { $0 != " " }
      return "\(name) \(String(digits.reversed()))億円(\(prior)億円)"
    }
    let reader = GenericReader.reading(lines)
    #expect(reader.amountLines.allSatisfy { $0.context?.contains("括弧内") != true })
  }
}
