import BudgetModel
import Testing

@testable import BudgetExtract

/// A heading over a list of a settlement account's lines, one amount each (a blog reading the
/// 2016年度 一般会計決算: norin-h28-kessan-ippan-blog lines 11-59, kokkai-h28-kessan-ndl-blog
/// lines 11-18; issue #20): the settled amount is the heading's, read only when the account's
/// identity proves it.
@Suite struct SettlementListTests {
  static func read(_ texts: [String]) -> GenericReader {
    let lines = texts.enumerated().map { Line(number: $0 + 1, scalars: Array($1.unicodeScalars)) }
    var reader = GenericReader.reading(texts)
    reader.readSettlementLists(lines)
    return reader
  }

  static let ministry = [
    "農林水産本省", "", "  •  歳出予算額: 2兆0958億円", "  •  前年度繰越: 2064億円", "  •  予備費使用: 138億円",
    "  • 歳出予算現額: 2兆3160億円", "  • 支出済額  : 1兆8455億円", "  • 翌年度繰越 : 4089億円",
    "  • 不用額   : 616億円",
  ]

  // 1兆8455億円 + 4089億円 + 616億円 = 2兆3160億円 (歳出予算現額): the settled amount of 農林水産本省.
  @Test func theSettledAmountOfTheHeading() throws {
    let reader = Self.read(Self.ministry)
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(table.rows.map(\.label) == ["農林水産本省"])
    #expect(table.rows.first?.span.line == 7)
    #expect(table.meanings?.first?.stage == .settlement)
    #expect(!reader.amountLines.contains { (3...9).contains($0.span.line) })
    #expect(reader.diagnostics.filter { (3...9).contains($0.span.line) }.count == 6)
  }

  // `歳出予算額` alone is the total when no 現額 is printed: 888.58億円 + 37.63億円 = 926.21億円
  // against 926.22億円 (rounded to the 0.01億円); the heading's `「」` dropped.
  @Test func theBudgetIsTheTotalWhenNoCurrentBudgetIsPrinted() {
    let reader = Self.read([
      "「農林水産本省共通費」", "  • 歳出予算額: 926.22億円", "  • 支出済額 : 888.58億円", "  • 不用額  : 37.63億円",
    ])
    #expect(reader.tables.flatMap(\.rows).map(\.label) == ["農林水産本省共通費"])
  }

  // Not read: the identity fails (支出済額 1兆9455億円).
  @Test func aListWhoseIdentityFailsIsNotRead() {
    var lines = Self.ministry
    lines[6] = "  • 支出済額  : 1兆9455億円"
    #expect(Self.read(lines).tables.isEmpty)
  }

  // Not read: 歳出予算現額 misprinted in 万円 and the list cut after 支出済額 (norin-h28 lines
  // 55-59): no identity checks the settled amount.
  @Test func aCutListIsNotRead() {
    let reader = Self.read([
      "「農林水産物・食品輸出促進対策費」", "  •  歳出予算額: 108.43億円", "  •  前年度繰越: 772万円",
      "  • 歳出予算現額: 108.50万円", "  • 支出済額  : 42.08億円",
    ])
    #expect(reader.tables.isEmpty)
  }

  // Not read: a heading naming a year (the list may be another year's account), or a heading
  // naming another year above the list's heading.
  @Test func aListUnderAnotherYearIsNotRead() {
    var lines = Self.ministry
    lines[0] = "農林水産本省(2015年度)"
    #expect(Self.read(lines).tables.isEmpty)
    #expect(Self.read(["平成28年度決算を読む", "", "平成27年度決算", ""] + Self.ministry).tables.isEmpty)
    #expect(Self.read(["平成28年度決算を読む", ""] + Self.ministry).tables.count == 1)
  }

  // Not read: no heading above the list (its entity is not printed).
  @Test func aListWithNoHeadingIsNotRead() {
    #expect(Self.read(Array(Self.ministry.dropFirst(2))).tables.isEmpty)
  }
}
