import BudgetModel
import Testing

@testable import BudgetExtract

/// The fast scans of the 総務省 path (issue #20 point 3) give what the plain loops they
/// replace give, on every line of the sample as `PhysicalLines` reads it.
@Suite struct LineScansTests {
  static let lines = PhysicalLines(
    String(decoding: SampleDocument.bytes, as: UTF8.self), lexicon: .standard
  ).lines

  /// The plain loop `firstIndex(ofAny:)` replaces.
  static func naiveFirstIndex(_ s: [Unicode.Scalar], _ set: [Unicode.Scalar], from start: Int)
    -> Int?
  {
    var k = max(start, 0)
    while k < s.count {
      if set.contains(s[k]) { return k }
      k += 1
    }
    return nil
  }

  /// Every start offset of every line (so hits fall on both sides of an eight-scalar block),
  /// for the sets the scans use.
  @Test func vectorScanFindsWhatTheLoopFinds() {
    let sets: [[Unicode.Scalar]] = [
      ["*", "|", "【", "財"], ["(", ")", "[", "]"], ["【", "主", "【", "主"], ["億", "億", "億", "億"],
    ]
    var hits = 0
    for line in Self.lines {
      let s = line.normalized
      for set in sets {
        for start in 0...s.count {
          let fast = s.withUnsafeBufferPointer {
            $0.firstIndex(ofAny: set[0], set[1], set[2], set[3], from: start)
          }
          #expect(fast == Self.naiveFirstIndex(s, set, from: start))
          if fast != nil { hits += 1 }
        }
      }
    }
    #expect(Self.lines.count == 1343)
    #expect(hits > 10_000)
  }

  /// The scan for a figure's first scalar (a digit, ▲, `[`, `—`) and for digits alone, up to
  /// an end, as the loops of `figuresFloor`, `trailingHeadingFigures` and `carriesFigure` read.
  @Test func figureStartScanFindsWhatTheLoopFinds() {
    var found = 0
    for line in Self.lines {
      let s = line.normalized
      for start in 0...s.count {
        let starts = FigureParser.nextFigureStart(s, from: start)
        let loop = s.indices.first {
          $0 >= start && (s[$0].isASCIIDigit || s[$0] == "▲" || s[$0] == "[" || s[$0] == "—")
        }
        #expect(starts == loop)
        if starts != nil { found += 1 }
        let end = (start + s.count) / 2
        let digit = s.withUnsafeBufferPointer {
          $0.firstIndex(ofDigitOr: "0", "0", "0", from: start, to: end)
        }
        #expect(digit == (start..<max(start, end)).first { s[$0].isASCIIDigit })
      }
    }
    #expect(found > 10_000)
  }

  /// A scan of an empty line or past the end finds nothing.
  @Test func vectorScanOnEmptyAndShortLines() {
    let empty: [Unicode.Scalar] = []
    #expect(empty.withUnsafeBufferPointer { $0.firstIndex(ofAny: "a", "b", "c", "d") } == nil)
    let short = Array("12億円".unicodeScalars)
    #expect(short.withUnsafeBufferPointer { $0.firstIndex(ofAny: "円", "円", "円", "円") } == 3)
    #expect(
      short.withUnsafeBufferPointer { $0.firstIndex(ofAny: "円", "円", "円", "円", from: 9) } == nil)
  }

  /// The one scan of a line for the segmenter and the FILP words: plain as `isPlain` says,
  /// and for a plain line whether it holds `財` (19 lines of the sample do, `地方交付税等財源繰入れ` on
  /// line 18 the first).
  @Test func plainScanTellsTheFilpInitial() {
    let segmenter = Segmenter(listMarks: SoumuOverviewLayout().listMarks)
    var holding = 0
    for line in Self.lines {
      let (plain, holds) = segmenter.isPlain(line, holding: SoumuOverviewLayout.filpInitial)
      #expect(plain == segmenter.isPlain(line))
      if plain {
        #expect(holds == line.normalized.contains(SoumuOverviewLayout.filpInitial))
        if holds { holding += 1 }
      } else {
        #expect(holds)
      }
    }
    #expect(holding > 0)
    for mark in SoumuOverviewLayout.filpMarks {
      #expect(mark.first == SoumuOverviewLayout.filpInitial)
    }
  }

  /// `endsWithColon` is `hasSuffix(":") || hasSuffix("：")`.
  @Test(arguments: ["地域活性化事業：", "地域活性化事業:", "地域活性化事業", "", ":", "：x", "a:\u{301}"])
  func colonEnding(_ text: String) {
    #expect(SoumuOutline.endsWithColon(text) == (text.hasSuffix(":") || text.hasSuffix("：")))
  }

  /// The backward scan of `endsInBudgetLabel` answers as the forward one it replaced, on every
  /// line of the sample and on each of its prefixes that ends in `度` or after it.
  @Test func budgetLabelEndingsAsBefore() {
    let eras = Lexicon.standard.eras
    var labels = 0
    for line in Self.lines {
      let s = line.normalized
      for end in 0...s.count where end == s.count || s[end] == "度" || (end > 0 && s[end - 1] == "度")
      {
        let new = SoumuOverviewLayout.endsInBudgetLabel(s, end: end, eras: eras)
        #expect(new == Self.oldEndsInBudgetLabel(s, end: end, eras: eras))
        if new { labels += 1 }
      }
    }
    #expect(labels > 0)
  }

  /// `endsInBudgetLabel` as it was (the forward scan for the last `度`).
  static func oldEndsInBudgetLabel(_ s: [Unicode.Scalar], end: Int, eras: [[Unicode.Scalar]])
    -> Bool
  {
    guard let yearWord = s[..<end].lastIndex(of: "度"), yearWord > 0, s[yearWord - 1] == "年"
    else { return false }
    var k = yearWord - 2
    while k >= 0, s[k].isASCIIDigit || s[k] == " " { k -= 1 }
    guard k >= 1, eras.contains(where: { k - 1 + $0.count <= end && s.matches($0, at: k - 1) })
    else { return false }
    return !s[(yearWord + 1)..<end].contains {
      $0.isASCIIDigit || $0 == " " || $0 == "]" || $0 == ")"
    }
  }
}
