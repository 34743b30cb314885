import BudgetModel
import Testing

@testable import BudgetExtract

/// A list flattened with dash bullets (環境省 平成24年度環境保全経費概算要求,
/// national-h24-kankyo-hozen-gaisan lines 10-15; issue #20): each `- label:` names the amount
/// on the line under it, and a rate after the first amount is kept when the next item is the
/// prior year's budget it is the growth over.
@Suite struct DashListTests {
  static let texts = [
    "2 平成24年度環境保全経費概算要求の総額",
    "- 平成24年度概算要求の総額:",
    "- 1兆8,490億円(前年度比52.9%増)",
    "(内、東日本大震災からの復旧・復興に係る経費は6,847億円) - 平成23年度当初予算の総額:",
    "- 1兆2,091億円",
    "- ※",
  ]

  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readDashLists(lines)
    return reader
  }

  func parts(_ figure: PrintedFigure?) -> [String] {
    (figure?.amount?.parts ?? []).map { "\($0.number)\($0.unit ?? "")" }
  }

  @Test func theLabelsTheAmountsAndTheRate() throws {
    let reader = Self.read(Self.texts)
    let record = try #require(reader.amountLines.first { $0.span.line == 3 })
    #expect(record.label == "平成24年度概算要求の総額")
    #expect(parts(record.amount) == ["1兆", "8490億円"])
    #expect(parts(record.prior) == ["1兆", "2091億円"] && record.priorLine == 5)
    #expect(record.prior?.label == "平成23年度当初予算の総額")
    #expect(record.changeRatePercent == DecimalNumber(ascii: "52.9"))
    #expect(record.prior?.amount?.isNegative == false)
    #expect(!reader.amountLines.contains { $0.span.line == 5 })
    #expect(!reader.diagnostics.contains { [3, 5].contains($0.span.line) })
  }

  /// A rate that is not the growth (18,490 / 12,091 − 1 is not 50.9%): reported, the prior
  /// year's amount stays an item of its own.
  @Test func aRateThatDoesNotHoldIsReported() throws {
    let reader = Self.read(
      Self.texts.map { $0.hasPrefix("- 1兆8,490") ? "- 1兆8,490億円(前年度比50.9%増)" : $0 })
    let record = try #require(reader.amountLines.first { $0.span.line == 3 })
    #expect(record.changeRatePercent == nil && record.prior == nil)
    #expect(reader.diagnostics.contains { $0.span.line == 3 })
    #expect(reader.amountLines.contains { $0.span.line == 5 && $0.label == "平成23年度当初予算の総額" })
  }

  /// A label line that is no dash item, or a label naming a change (`増減額:`): the dash may be
  /// a minus sign, nothing is read.
  @Test(arguments: ["平成23年度当初予算の総額:", "- 増減額:"])
  func noDashItemNoReading(_ label: String) {
    let reader = Self.read(["平成24年度概算要求", label, "- 1兆2,091億円"])
    #expect(!reader.amountLines.contains { $0.span.line == 3 })
    #expect(reader.diagnostics.contains { $0.span.line == 3 })
  }
}
