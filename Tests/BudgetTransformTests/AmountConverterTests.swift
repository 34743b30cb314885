import BudgetModel
import BudgetTransform
import Testing

/// Units to exact integer yen, table-driven; never through Double.
@Suite struct AmountConverterTests {
  let converter = AmountConverter(units: Support.mappings.units, statedUnit: "億円")

  static let cases: [(String, String?, Bool, Int64)] = [
    ("199270.1", "億円", false, 19_927_010_000_000),
    ("0.05", "億円", false, 5_000_000),
    ("390", nil, true, -39_000_000_000),
    ("1.5", "兆円", false, 1_500_000_000_000),
    ("12.5", "百万円", false, 12_500_000),
    ("7", "千円", false, 7_000),
    ("6,300", "万円", false, 63_000_000),
    ("1.5", "万円", false, 15_000),
    ("0.03", nil, false, 3_000_000),
  ]

  @Test(arguments: cases) func converts(_ c: (String, String?, Bool, Int64)) throws {
    let amount = PrintedAmount(DecimalNumber(ascii: c.0)!, unit: c.1, isNegative: c.2)
    #expect(try converter.yen(amount, source: "t", line: 1) == c.3)
  }

  @Test func compoundTrillionAndHundredMillion() throws {
    let amount = PrintedAmount(parts: [
      .init(number: DecimalNumber(ascii: "18")!, unit: "兆"),
      .init(number: DecimalNumber(ascii: "2,107")!, unit: "億円"),
    ])
    #expect(try converter.yen(amount, source: "t", line: 1) == 18_210_700_000_000)
  }

  @Test func fractionOfAYenIsAnError() {
    let amount = PrintedAmount(DecimalNumber(ascii: "0.5")!, unit: "円")
    #expect(throws: BudgetTransformError.inexactAmount(source: "t", line: 9, text: "0.5円")) {
      try converter.yen(amount, source: "t", line: 9)
    }
  }

  @Test func unknownUnitNamesIt() {
    let amount = PrintedAmount(DecimalNumber(ascii: "3")!, unit: "万ドル")
    #expect(throws: BudgetTransformError.unknownUnit(source: "t", line: 2, unit: "万ドル")) {
      try converter.yen(amount, source: "t", line: 2)
    }
  }

  @Test func malformedNumbersAreRejected() {
    #expect(DecimalNumber(ascii: "12.3.4") == nil)
    #expect(DecimalNumber(ascii: "199,270.1")?.description == "199270.1")
  }
}
