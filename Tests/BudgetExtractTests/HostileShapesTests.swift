import BudgetModel
import Testing

@testable import BudgetExtract

/// The generic reader on the same lines printed another way (issue #20): a note on an item is
/// a note whether its line stands alone or is flattened into a page, and a hostile shape
/// (a long run of figures with no space) gives its right (reported) result in linear time.
/// The sizes here would take minutes if the pass they cover were quadratic; the timings are
/// `Bench/hostile.py`'s (`make bench`), not asserted here.
@Suite struct HostileShapesTests {
  static let parser = FigureParser(lexicon: .standard)

  /// `91,234`: thousands grouped as the documents print them.
  func grouped(_ n: Int) -> String {
    n >= 1000 ? "\(n / 1000)," + String(String(n % 1000 + 1000).dropFirst()) : "\(n)"
  }

  // national-r3-hosei1-gaiyo-blog line 21, as printed and flattened with the lines after it
  // (a mirror's copy): `(既定経費の活用を含めると893億円)` is a note on the item, no item.
  @Test(arguments: [
    "○ 輸送用燃料に係る負担軽減制度等〔800億円〕 (既定経費の活用を含めると893億円) 等",
    "○ 輸送用燃料に係る負担軽減制度等〔800億円〕 (既定経費の活用を含めると893億円) 等 "
      + "II.「ウィズコロナ」下での社会経済活動の再開と次なる危機への備え 17,687億円 "
      + "1.安全・安心を確保した社会経済活動の再開 8,336億円 ○ 「新たなGo Toトラベル事業」〔2,685億円〕 "
      + "(既定経費の活用(含む地域観光事業支援)を含めると1兆3239億円) ○ 予約不要の無料検査の拡大"
      + "(地方創生臨時交付金)〔3,200億円〕 等",
  ])
  func noteOnAnItemIsNoItemFlattenedOrNot(_ text: String) {
    let document = Extractor().extract(text: text, sourceName: "t.txt")
    let amounts = document.amountLines.compactMap { $0.amount.amount?.parts.first?.number }
    #expect(amounts.contains(DecimalNumber(ascii: "800")!))
    #expect(!amounts.contains(DecimalNumber(ascii: "893")!), "\(document.amountLines)")
    #expect(!amounts.contains(DecimalNumber(ascii: "13239")!))
    #expect(document.diagnostics.contains { $0.text.contains("893億円") })
  }

  // The one recognizer: parentheses opened by words; a part, a comparison and a bare amount
  // in parentheses are no notes.
  @Test func oneNoteRecognizer() {
    #expect(AmountNote.opens("〕 (既定経費の活用を含めると"))
    #expect(AmountNote.opens(") (既定経費の活用(含む地域観光事業支援)を含めると"))
    #expect(!AmountNote.opens("(うち"))
    #expect(!AmountNote.opens("(前年度当初予算比10.3%増、+"))
    #expect(!AmountNote.opens(" ("))
    let s = Array(" (既定経費の活用を含めると893億円) 等".unicodeScalars)
    #expect(AmountNote.end(in: s, from: 0, to: s.count) == 20)
    let bare = Array(" (893億円)".unicodeScalars)
    #expect(AmountNote.end(in: bare, from: 0, to: bare.count) == nil)
  }

  // A megabyte line of figures run together (200,000 of them, no space): no amount read, the
  // line reported; every digit used to parse the rest of the run (quadratic, hours).
  @Test func megabyteRunOfFiguresIsReportedInLinearTime() {
    var run = ""
    for k in 0..<200_000 { run += String(1000 + (k * 7919) % 90000) + "," }
    let text = "(単位:億円)\n" + run + "億円\n"
    let document = Extractor().extract(text: text, sourceName: "t.txt")
    #expect(document.amountLines.isEmpty)
    #expect(document.summaryTables.allSatisfy { $0.rows.isEmpty })
    #expect(document.diagnostics.contains { $0.span.line == 2 })
  }

  // Where the run's end may still read as a number, it is read as before: skipping stops at
  // the last start whose rest holds 20 significant digits or more.
  @Test func numericRunSkipsOnlyWhatCannotRead() {
    let s = Array("1234567890123456789012345億円".unicodeScalars)
    let (start, end) = NumericRun.readableStart(s, inside: 1)
    #expect(end == 25)
    #expect(start == 6)
    let zeros = Array("1000000000000000000000000005".unicodeScalars)
    #expect(NumericRun.readableStart(zeros, inside: 1).start == 1)
  }

  // A table cut one cell per line, 10,000 rows (40,005 lines): read or reported. The settlement
  // accounts' pass looked for a unit above each run of cells by walking back from the
  // document's end (quadratic in the lines: minutes at this size).
  @Test func longTableOneCellPerLineIsReadInLinearTime() {
    var texts = ["(単位:億円)", "区分", "令和5年度予算額", "令和6年度予算額", "増減額"]
    for k in 0..<10_000 {
      let a = 1000 + (k * 7919) % 90000
      texts += ["事業\(k)", grouped(a), grouped(a + 5), "5"]
    }
    let document = Extractor().extract(
      text: texts.joined(separator: "\n") + "\n", sourceName: "t.txt")
    let rows = document.summaryTables.flatMap(\.rows)
    // `事業0` … `事業999` are rows; a label holding a four-digit number (`事業1000`) holds a
    // figure: those rows are reported, never read.
    #expect(rows.count == 1_000)
    #expect(rows.first?.label == "事業0")
    #expect(document.diagnostics.filter { $0.text.hasPrefix("事業") }.count == 9_000)
    let lines = (0..<40).map { Line(number: $0 * 2 + 1, scalars: []) }
    #expect(GenericReader.lines(lines, before: 8).map(\.number) == [1, 3, 5, 7])
    #expect(GenericReader.lines(lines, before: 1).isEmpty)
  }
}
