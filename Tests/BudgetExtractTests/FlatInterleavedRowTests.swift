import BudgetModel
import Testing

@testable import BudgetExtract

/// A one-row table printed flat with its header words and cells in turn (monka-h29-bunka-gaisan
/// line 1; issue #20).
@Suite struct FlatInterleavedRowTests {
  static let summary =
    "資料1-1 平成29年度 文化庁概算要求の概要 (単位:億円) 区 分 前年度予算額 文 化 庁 予 算 平成 29 年度 "
    + "要求・要望額 1,040 増△減額 1,225 増△減率 185 17.8% 備 考 うち 「優先課題推進枠」 268 億円 "
    + "◇世界に誇るべき 「文化芸術立国」 の実現◇ ① 文化芸術創造活用プラットフォーム形成事業 235.0億円( 202.1億円)"

  @Test func theCellsAreTheColumnsInOrder() throws {
    let reader = GenericReader.reading([Self.summary])
    let table = try #require(reader.tables.first)
    #expect(table.unit == "億円")
    let meanings = try #require(table.meanings)
    #expect(meanings.map(\.header) == ["前年度予算額", "平成29年度要求・要望額", "増▲減額", "増▲減率"])
    #expect(table.rows.map(\.label) == ["文化庁予算"])
    #expect(
      table.rows[0].cells.map { $0.amount.map { "\($0.parts[0].number)" } }
        == ["1040", "1225", "185", "17.8"])
    // The title before it is the document's; the text after it (備考, the nested items) is
    // reported whole, not read.
    #expect(reader.titles.map(\.text) == ["資料1-1 平成29年度 文化庁概算要求の概要"])
    #expect(reader.amountLines.isEmpty)
    #expect(
      reader.diagnostics.contains { $0.text.hasPrefix("備 考 うち") && $0.text.contains("235.0") })
  }

  /// A rate the row does not give, or one relation only: nothing is read as this table.
  @Test(arguments: [
    "(単位:億円) 区 分 前年度予算額 文 化 庁 予 算 平成 29 年度 要求・要望額 1,040 増△減額 1,225 増△減率 185 18.8% 備 考",
    "(単位:億円) 区 分 前年度予算額 文 化 庁 予 算 平成 29 年度 要求・要望額 1,040 増△減額 1,225 185 備 考",
  ])
  func otherwiseNothing(_ text: String) {
    let reader = GenericReader.reading([text])
    #expect(!reader.tables.contains { $0.rows.contains { $0.label == "文化庁予算" } })
  }
}
