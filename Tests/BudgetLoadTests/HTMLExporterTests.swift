import BudgetModel
import Foundation
import Testing

@testable import BudgetLoad

/// The document page and source page, on the hand-built fixture: escaping by construction,
/// amounts as printed and in yen, markers, provenance links and determinism.
struct HTMLExporterTests {
  static func page(_ document: BudgetDocument = Fixtures.document, downloads: [DescribedFile] = [])
    -> String
  {
    var text = ""
    HTMLExporter.writePage(document, linksToSource: true, downloads: downloads, to: &text)
    return text
  }

  static func count(_ character: Character, in text: String) -> Int {
    text.reduce(0) { $0 + ($1 == character ? 1 : 0) }
  }

  /// Hostile titles (as a fuzzer would make them) change no markup: the page has exactly the
  /// `<`, `>` and `"` of the page with a harmless title of the same length, and the title
  /// appears escaped wherever it is shown.
  @Test(arguments: [
    "<script>alert(1)</script>", "A & B <b>", "\"'><img src=x onerror=y>", "]]></svg><!--",
    "&amp; &lt;",
  ])
  func hostileTitlesAreEscaped(_ title: String) {
    let hostile = Self.page(Fixtures.document(itemTitle: title, at: 1))
    let harmless = Self.page(
      Fixtures.document(itemTitle: String(repeating: "x", count: title.count), at: 1))
    for character: Character in ["<", ">", "\""] {
      #expect(
        Self.count(character, in: hostile) == Self.count(character, in: harmless),
        "\(character) in \(title)")
    }
    #expect(hostile.contains(HTMLOutput.escape(title)))
    #expect(!hostile.contains(title))
  }

  @Test func escapeReplacesTheFiveSpecialCharacters() {
    #expect(HTMLOutput.escape("a<b>&\"'c") == "a&lt;b&gt;&amp;&quot;&#39;c")
    #expect(HTMLOutput.escape("地方交付税") == "地方交付税")
  }

  /// Amounts from the sample document, in 億円 as printed and in yen.
  @Test func yenText() {
    #expect(YenText.oku(19_927_010_000_000) == "199,270.1")  // 1. 地方の一般財源総額の確保等
    #expect(YenText.oku(5_000_000) == "0.05")  // 災害マネジメント総括支援員等の研修事業
    #expect(YenText.oku(-39_000_000_000) == "▲390")  // 一般歳出 比較増減額 ▲ 390
    #expect(YenText.headline(18_210_700_000_000) == "18兆2,107億円")  // 令和6年度予算額（案）
    #expect(YenText.headline(57_300_000_000) == "573億円")
    #expect(YenText.headline(1_000_000_000_000) == "1兆円")
    #expect(YenText.yen(19_927_010_000_000) == "19,927,010,000,000円")
  }

  /// Every figure is an amount in 億円 wrapped in `<data value="yen">`, inside a link to its
  /// line, with the yen on hover; figures that do not count are marked.
  @Test func figuresLinkToTheirLinesWithYenAndMarkers() {
    let page = Self.page()
    #expect(
      page.contains(
        "<a href=\"source.html#L280\" title=\"310,000,000円（280行目）・合計に含まない\"><data value=\"310000000\">3.1</data></a>"
      ))
    // 2.(3) 消防防災分野のDXの推進 〔3.1(3.0)〕 (line 280): counted under another item.
    #expect(page.contains("<td class=\"num nc\"><a href=\"source.html#L280\""))
    #expect(page.contains("〔〕他の項目で計上"))
    #expect(page.contains(">内数<") || page.contains("内数・") || page.contains("・内数"))
    #expect(page.contains("再掲"))
    for item in Fixtures.document.items {
      #expect(page.contains("<tr class=\"\(item.level.rawValue)\" id=\"\(item.id)\">"))
      #expect(page.contains("href=\"source.html#L\(item.span.line)\""))
    }
  }

  @Test func pageHasNoScriptAndIsDeterministic() {
    let page = Self.page()
    #expect(!page.lowercased().contains("<script"))
    #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"ja\">"))
    #expect(page == Self.page())
  }

  @Test func sourcePageHasAnAnchorPerLine() throws {
    let lines = ["令和6年度 総務省所管予算(案)の概要", "", "<&\"'>"]
    let files = HTMLExporter.files(for: Fixtures.document, sourceLines: lines, downloads: [])
    #expect(files.map(\.name) == ["source.html", "index.html"])
    let source = String(decoding: files[0].bytes, as: UTF8.self)
    for n in 1...3 {
      #expect(
        source.contains("<span id=L\(n)>"))
    }
    #expect(!source.contains("id=L4"))
    #expect(source.contains("<span id=L3>&lt;&amp;&quot;&#39;&gt;</span>\n"))
    #expect(source.contains("<span id=L2></span>\n"))
  }

  /// Without the decoded lines there is no source page, and no figure links to one.
  @Test func withoutSourceLinesNothingLinksToTheSourcePage() {
    let files = HTMLExporter.files(for: Fixtures.document, sourceLines: nil, downloads: [])
    #expect(files.map(\.name) == ["index.html"])
    #expect(!String(decoding: files[0].bytes, as: UTF8.self).contains("source.html"))
  }

  @Test func wrapKeepsEveryCharacterAndBreaksLongTitles() {
    let title = "マイナンバーカードの利便性・機能向上、円滑に取得できる環境整備、住民との接点(「フロントヤード」)の改革"
    let lines = BarChart.wrap(title, em: 20)
    #expect(lines.joined() == title)
    #expect(lines.count == 3)  // 52 characters, two of them half-width: 20 + 20 + 12
    #expect(lines.dropLast().allSatisfy { $0.count == 20 })
  }
}
