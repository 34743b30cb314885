import BudgetModel
import Testing

@testable import BudgetExtract

/// Numbered items listed in a sentence (予算の説明's 総説: national-h28-hosei2-setsumei-sosetsu,
/// 平成28年度補正予算(第2号)の説明; issue #20).
@Suite struct EnumeratedClausesTests {
  func amounts(_ reader: GenericReader) -> [String] {
    reader.amountLines.map {
      "\($0.label) \($0.amount.amount?.parts[0].number.description ?? "-")"
    }
  }

  func reported(_ reader: GenericReader) -> [String] {
    reader.diagnostics.map(\.text)
  }

  /// The sentence as the 総説 prints it, on one line: each item is bounded by its number and
  /// the next; the last one by the verb that appropriates them (`…を計上することとしている。`).
  static let sentence =
    "一般会計においては、歳出において、(1)一億総活躍社会の実現の加速 711,890 百万円、(2)21 世紀型のイン"
    + "フラ整備 1,405,644 百万円、(3)英国の EU 離脱に伴う不安定性などのリスクへの対応並びに中小企業・小規模事業者及び地方の"
    + "支援 430,740 百万円、(4)熊本地震や東日本大震災からの復興や安全・安心、防災対応の強化 1,438,850 百万円を計上"
    + "することとしている。"

  @Test func numberedItemsOfOneSentence() {
    let reader = GenericReader.reading(["平成28年度一般会計補正予算(第2号)", Self.sentence])
    #expect(
      amounts(reader) == [
        "(1)一億総活躍社会の実現の加速 711890", "(2)21 世紀型のインフラ整備 1405644",
        "(3)英国の EU 離脱に伴う不安定性などのリスクへの対応並びに中小企業・小規模事業者及び地方の支援 430740",
        "(4)熊本地震や東日本大震災からの復興や安全・安心、防災対応の強化 1438850",
      ])
    #expect(reader.amountLines.allSatisfy { $0.prior == nil && $0.change == nil })
    #expect(reported(reader).isEmpty)
  }

  /// An item's prior year in parentheses after its amount, the last item's before `を計上`.
  @Test func priorYearsInParentheses() {
    let reader = GenericReader.reading([
      "(1)一億総活躍社会の実現の加速 711,890 百万円(前年度 600,000 百万円)、(2)21 世紀型のインフラ整備 1,405,644 百万円"
        + "(前年度 1,300,000 百万円)を計上"
    ])
    #expect(
      amounts(reader) == ["(1)一億総活躍社会の実現の加速 711890", "(2)21 世紀型のインフラ整備 1405644"])
    #expect(
      reader.amountLines.map { $0.prior?.amount?.parts[0].number.description } == [
        "600000", "1300000",
      ])
    #expect(reported(reader).isEmpty)
  }

  /// An item whose sentence goes on after its amount (`…の修正減少`, a figure after `を計上`)
  /// is reported; the items before it are read.
  @Test func anItemThatGoesOnIsReported() {
    let reader = GenericReader.reading([
      "(1)一億総活躍社会の実現の加速 711,890 百万円、(2)既定経費の減額 224,409 百万円の修正減少を行う。",
      "(1)一億総活躍社会の実現の加速 711,890 百万円、(2)21 世紀型のインフラ整備 1,405,644 百万円を計上し、うち 50 百万円は",
    ])
    #expect(
      amounts(reader) == ["(1)一億総活躍社会の実現の加速 711890", "(1)一億総活躍社会の実現の加速 711890"])
    #expect(
      reported(reader) == [
        "(2)既定経費の減額 224,409 百万円の修正減少を行う。",
        "(2)21 世紀型のインフラ整備 1,405,644 百万円を計上し、うち 50 百万円は",
      ])
  }

  /// The same items one per line, each closed by `、`.
  @Test func numberedItemsOnePerLine() {
    let reader = GenericReader.reading([
      "(1)一億総活躍社会の実現の加速 711,890 百万円、", "(2)21 世紀型のインフラ整備 1,405,644 百万円、",
    ])
    #expect(amounts(reader) == ["(1)一億総活躍社会の実現の加速 711890", "(2)21 世紀型のインフラ整備 1405644"])
  }

  /// The fixture's lines 34 and 39, the page's two columns run together: the text before the
  /// mark `(4)` ends item 3, so its amount is item 3's; `(5)` likewise.
  @Test func theItemBeforeTheNextMark() {
    let reader = GenericReader.reading([
      "スクへの対応並びに中小企業・小規模事業者及", "び地方の支援 430,740 百万円、(4)", "熊本地震や",
      "応の強化 1,438,850 百万円、(5)",
    ])
    #expect(amounts(reader) == ["び地方の支援 430740", "応の強化 1438850"])
  }

  /// The items wrapped as a page of one column wraps them: the line before the amount, words
  /// only and opened by the item's mark, starts its label; a line before it that is not the
  /// item's start does not.
  @Test func anItemWrappedOntoTheNextLine() {
    let reader = GenericReader.reading([
      "(3)英国の EU 離脱に伴う不安定性などのリスクへの対応並びに中小",
      "企業・小規模事業者及び地方の支援 430,740 百万円、(4)熊本地震や東日本大震災からの復興や安全・安心、",
      "防災対応の強化 1,438,850 百万円を計上することとしている。",
    ])
    #expect(
      amounts(reader) == [
        "(3)英国の EU 離脱に伴う不安定性などのリスクへの対応並びに中小企業・小規模事業者及び地方の支援 430740"
      ])
    #expect(reported(reader) == ["防災対応の強化 1,438,850 百万円を計上することとしている。"])
    let other = GenericReader.reading([
      "(2)21 世紀型のインフラ整備", "び地方の支援 430,740 百万円、(4)",
    ])
    #expect(amounts(other) == ["び地方の支援 430740"])
  }

  /// An item opened by its mark on the line before, closed on the line of its amount by `、`
  /// (or `を計上`) with no mark of its own; the mark alone on its line (`(2)`) as well. Not
  /// after a line that is no item's start, nor after one a blank line or a figure parts.
  @Test func anItemOpenedOnTheLineBefore() {
    let reader = GenericReader.reading([
      "(1)一億総活躍社会の実現の", "加速 711,890 百万円、", "(2)", "21 世紀型のインフラ整備 1,405,644 百万円を計上する。",
    ])
    #expect(amounts(reader) == ["(1)一億総活躍社会の実現の加速 711890", "(2)21 世紀型のインフラ整備 1405644"])
    for lines in [
      ["一億総活躍社会の実現の", "加速 711,890 百万円、"], ["(1)一億総活躍社会の実現の", "", "加速 711,890 百万円、"],
      ["(1)平成28年度の", "加速 711,890 百万円、"], ["(1)一億総活躍社会の実現の。", "加速 711,890 百万円、"],
    ] {
      let other = GenericReader.reading(lines)
      #expect(other.amountLines.isEmpty, "\(lines)")
      #expect(!other.diagnostics.isEmpty, "\(lines)")
    }
  }

  /// No mark on the line (line 24), a mark numbered 1 after an amount (the sentence's lead-in,
  /// no item's end), marks not numbered one after another, a figure right after the mark:
  /// nothing read.
  @Test func notProvenByTheMarks() {
    for text in [
      "億総活躍社会の実現の加速 711,890 百万円、", "歳出総額 4,114,327 百万円、(1)一億総活躍社会の実現の加速",
      "(1)一億総活躍社会の実現の加速 711,890 百万円、(3)21 世紀型のインフラ整備 1,405,644 百万円、",
      "(1) 711,890 百万円、(2) 1,405,644 百万円、",
      // The fixture's lines 27-29 run together: 16,538 takes the other column's `円`.
      "21 世 紀 型 の イ ン フ ラ 整 備 1,405,644 百 万 特別交付税の措置のために必要な経費 16,538 円、(3) 英国の",
      "(3) 英国の EU 離脱に伴う不安定性などのリ 百万円(説明文)既定経費の減額(説明文) スクへの対応並びに中小企業・小規模事業者及 "
        + "224,409 百万円の修正減少(説明文) び地方の支援 430,740 百万円、(4)",
    ] {
      let reader = GenericReader.reading([text])
      #expect(reader.amountLines.isEmpty, "\(text)")
      #expect(!reader.diagnostics.isEmpty, "\(text)")
    }
  }
}
