import BudgetModel
import Testing

@testable import BudgetExtract

/// Part columns of a two-level header (`うち通常分`, `臨時・特別の措置` under a year's column),
/// proven by the rows' own arithmetic before they are marked as parts (`ColumnMeaning.partOf`).
@Suite struct PartColumnsTests {
  // national-r2-shuyo-keihi-rinji-finance line 4: each group's parts add up to it, and the
  // same part of each group satisfies B − A = C (617,184 − 599,359 = +17,825; `-` as zero).
  @Test func repeatedPartsAreProvenByTheirOwnChange() throws {
    let reader = GenericReader.reading([BlindSetMShapesTests.flatParts])
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.partOf) == [nil, 0, 0, nil, 3, 3, nil, 6, 6])
    #expect(meanings[7].header == "増減額うち通常分")
  }

  // The parts still add up to the change (+17,925 ▲2,592 = +15,333), but the part's own change
  // does not hold (617,184 − 599,359 is +17,825): no part is proven.
  @Test func aPartWhoseChangeFailsLeavesEveryPartReported() throws {
    let text = BlindSetMShapesTests.flatParts.replacingOccurrences(
      of: "+17,825▲2,492", with: "+17,925▲2,592")
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    #expect((table.meanings ?? []).allSatisfy { $0.partOf == nil })
  }

  // national-h31-shakaihosho-point line 104: the parts after 平成31年度 add up to it
  // (994,291 + 20,280 = 1,014,571) and `うち、通常分` after the change is 通常分 − 平成30年度
  // (994,291 − 977,128 = 17,163) on every row; the header's part words name them in order.
  // The second rate before each label is the part's: 17,163 / 977,128 = 1.8%, 7 / 3,514 = 0.2%.
  @Test func flatPartsAreNamedAndProven() throws {
    let reader = GenericReader.reading([FlatTableTests.shakaihosho])
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.partOf) == [nil, nil, 1, 1, nil, nil, 4, 5])
    #expect(
      meanings.map(\.header)[2...] == [
        "通常分", "臨時・特別の措置", "増▲減", "(増▲減の率%)", "うち、通常分", "(うち、通常分の率%)",
      ])
    #expect(table.rows[3].cells.last?.amount?.parts.first?.number.description == "0.2")
  }

  // A part rate that is not the part over the base (0.2% printed 0.9%) leaves the part rates
  // reported; the parts themselves stay proven.
  @Test func aPartRateThatFailsIsReported() throws {
    let text = FlatTableTests.shakaihosho.replacingOccurrences(of: "(0.2%)", with: "(0.9%)")
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    #expect(table.meanings?.map(\.partOf) == [nil, nil, 1, 1, nil, nil, 4])
    #expect(reader.diagnostics.map(\.text).contains("(0.9%)"))
  }

  // A change part that is no part's difference (17,163 printed 17,363) stays reported.
  @Test func aChangePartThatIsNoDifferenceStaysReported() throws {
    let text = FlatTableTests.shakaihosho.replacingOccurrences(of: "17,163", with: "17,363")
    let reader = GenericReader.reading([text])
    let table = try #require(reader.tables.first)
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.partOf) == [nil, nil, 1, 1, nil, nil, nil])
  }

  /// national-h31-shakaihosho-point line 104's table as a PDF page prints it: the header on
  /// two lines (the parts' words under it name no column of their own), one row per line.
  static let wideLines = [
    "(単位:億円)", "平成30年度 平成31年度 増△減", "通常分 臨時・特別の措置 うち、通常分",
    "一般会計歳出(A) 977,128 1,014,571 994,291 20,280 37,443 17,163",
    "うち一般歳出(B) 588,958 619,639 599,359 20,280 30,680 10,401",
    "年金給付費 116,853 120,488 120,488 - 3,636 3,636",
    "保健衛生対策費 3,514 3,827 3,521 306 313 7",
  ]

  // The rows of six cells are held, then read as the flat table is: the header's three
  // columns placed by every row's B − A = C, the parts proven as above.
  @Test func wideRowsUnderAHeaderOnLinesOfItsOwn() throws {
    let reader = GenericReader.reading(Self.wideLines)
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["一般会計歳出(A)", "うち一般歳出(B)", "年金給付費", "保健衛生対策費"])
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.kind) == [.amount, .amount, .other, .other, .change, .other])
    #expect(meanings.map(\.partOf) == [nil, nil, 1, 1, nil, 4])
    #expect(meanings[3].header == "臨時・特別の措置")
  }

  // One row alone cannot place the columns (two rows at least): it is reported.
  @Test func oneWideRowIsReported() {
    let reader = GenericReader.reading(Array(Self.wideLines.prefix(4)))
    #expect(reader.tables.isEmpty)
    #expect(reader.diagnostics.contains { $0.span.line == 4 })
  }
}
