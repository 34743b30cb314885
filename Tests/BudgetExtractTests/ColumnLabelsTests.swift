import BudgetModel
import Testing

@testable import BudgetExtract

/// A table continued column by column after rows printed on one line: six row labels, then
/// each column's six cells one per line (national-h11-oda-yosan-gaiyo lines 26-66, the 平成11年度
/// 一般会計 under a header of two year groups; issue #20).
@Suite struct ColumnLabelsTests {
  static let header = [
    "(単位:億円、%)", "  平成10年度 平成11年度", "予算額 伸率 予算額 増減額 伸率",
    "一般歳出 445,362 ▲1.3 468,878 23,516 5.3", " うちODA 10,473 ▲10.4 10,489 16 0.2",
  ]
  static let labels = ["   公共事業", "   防衛", "   社会保障", "   文教・科学", "その他", "合計"]
  static let columns = [
    ["89,853", "49,397", "148,431", "63,457", "331,330", "776,692"],
    ["▲7.8", "▲0.2", "2.0", "0.0", "2.6", "0.4"],
    ["94,307", "49,322", "160,950", "64,731", "333,549", "818,601"],
    ["4,454", "▲75", "12,519", "1,274", "2,220", "41,909"],
    ["5.0", "▲0.2", "8.4", "2.0", "0.7", "5.4"],
  ]

  func figures(_ row: SummaryRowRecord) -> [String] {
    row.cells.map { $0.amount.map { "\($0.isNegative ? "-" : "")\($0.parts[0].number)" } ?? "-" }
  }

  @Test func sixLabelsThenFiveColumns() throws {
    let reader = GenericReader.reading(Self.header + Self.labels + Self.columns.flatMap { $0 })
    let table = try #require(reader.tables.first)
    #expect(reader.tables.count == 1)
    #expect(
      table.rows.map(\.label) == ["一般歳出", "うちODA", "公共事業", "防衛", "社会保障", "文教・科学", "その他", "合計"])
    #expect(figures(table.rows[3]) == ["49397", "-0.2", "49322", "-75", "-0.2"])
    #expect(figures(table.rows[7]) == ["776692", "0.4", "818601", "41909", "5.4"])
    // Each row's cells come from its own line in each column (防衛: lines 13, 25, 31).
    #expect(table.rows[3].cellLines == [13, 19, 25, 31, 37])
    #expect(table.confirmed)
  }

  // Six labels and then a row of its own: the labels are not the row's (nor a joined label),
  // and the row is not read under the table's header.
  @Test func sixLabelsThenARowEndTheTable() throws {
    let reader = GenericReader.reading(
      Self.header + Self.labels + ["一般会計 776,692 0.4 818,601 41,909 5.4"])
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["一般歳出", "うちODA"])
    #expect(reader.diagnostics.contains { $0.span.line == 12 })
  }

  // Cells in column order that no reading confirms (the change column is not B − A): the six
  // labels and the cells are reported, never joined into one row.
  @Test func anUnconfirmedColumnRunIsReported() throws {
    var columns = Self.columns
    columns[3] = ["4,000", "▲7", "12,000", "1,000", "2,000", "41,000"]
    let reader = GenericReader.reading(Self.header + Self.labels + columns.flatMap { $0 })
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["一般歳出", "うちODA"])
    #expect(reader.diagnostics.contains { $0.span.line == 6 })
    #expect(reader.diagnostics.contains { $0.span.line == 30 })
  }

  // Lines that are no short labels (a sentence) keep the limit of four labels.
  @Test func sentencesAreNoLabelColumn() {
    #expect(!GenericReader.isShortRowLabel("(2)（説明文）を行う。"))
    #expect(!GenericReader.isShortRowLabel("(参考)11年度一般会計予算"))
    #expect(GenericReader.isShortRowLabel("   文教・科学"))
  }
}

extension ColumnLabelsTests {
  // The same block right under its header, with no row printed on one line before it.
  @Test func labelsRightUnderTheHeader() throws {
    let reader = GenericReader.reading(
      Array(Self.header.prefix(3)) + Self.labels + Self.columns.flatMap { $0 })
    let table = try #require(reader.tables.first)
    #expect(table.rows.map(\.label) == ["公共事業", "防衛", "社会保障", "文教・科学", "その他", "合計"])
  }
}

extension ColumnLabelsTests {
  // The same table as PDF justification prints its header (characters spaced apart), and
  // with full-width digits: the years still group the columns under them.
  @Test func spacedYearGroupsAndFullWidthDigits() throws {
    let spaced = [
      "(単位:億円、%)", "  平 成 10 年 度 平 成 11 年 度", "予 算 額 伸 率 予 算 額 増 減 額 伸 率",
    ]
    let wide = (Self.header.suffix(2) + Self.labels + Self.columns.flatMap { $0 }).map {
      String(
        $0.unicodeScalars.map {
          ("0"..."9").contains($0) || $0 == ","
            ? Character(UnicodeScalar($0.value + 0xFEE0)!) : Character($0)
        })
    }
    let reader = GenericReader.reading(spaced + wide)
    let table = try #require(reader.tables.first)
    #expect(
      table.meanings?.map(\.header) == [
        "平成10年度予算額", "平成10年度伸率", "平成11年度予算額", "平成11年度増減額", "平成11年度伸率",
      ])
    #expect(table.rows.count == 8)
    #expect(figures(table.rows[7]) == ["776692", "0.4", "818601", "41909", "5.4"])
    #expect(YearGroupHeader.respaced(["平成10年度 平成11年度", "予算額 伸率"]) == nil)
  }
}
