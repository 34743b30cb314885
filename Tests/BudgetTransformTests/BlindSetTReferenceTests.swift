import BudgetExtract
import BudgetModel
import BudgetTransform
import Testing

/// Set T's first run (issue #20): national-h12- and national-h16-shogaisha-shisaku-yosan print,
/// under a `(参考)` / `〔参考〕` line of its own, the whole national budget's 一般会計 and 一般歳出
/// with their increase and rate; the arithmetic held, so both were exported as the initial
/// budget of a document about the 障害者施策関係予算 (4 wrong figures). A bare reference mark
/// now heads the amounts below it and says nothing of them.
@Suite struct BlindSetTReferenceTests {
  /// national-h16's headline (line 12) and its reference block (lines 14-22), `mark` on line 14.
  func h16(mark: String?) throws -> [(Measure, Int, Int64)] {
    var lines = ["平成16年度の障害者施策関係予算 総額で1兆2,570億円（説明文）", ""]
    if let mark { lines += [mark, ""] }
    lines += [
      "一般会計 82兆1,109億円", "対前年度増減額 3,218億円", "伸率 0.4%増",
      "一般歳出 47兆6,320億円", "対前年度増減額 398億円", "伸率 0.1%増",
    ]
    let overrides = IdentityOverrides(organization: "national", fiscalYear: 2004, phase: "enacted")
    return amounts(try transform(lines.joined(separator: "\n") + "\n", overrides))
  }

  @Test(arguments: ["〔参考〕", "(参考)", "（参考）", "【参考】", "〔 参 考 〕"])
  func theWholeBudgetShownForReferenceIsNotExported(_ mark: String) throws {
    // Nothing else on the page is proven: the text is refused, its reference lines reported.
    do {
      let found = try h16(mark: mark)
      Issue.record("exported \(found)")
    } catch BudgetTransformError.noFigureExported(_, let reported, let first) {
      #expect(reported >= 6)
      #expect(first.contains { $0.hasPrefix("line 5: 一般会計") })
    }
  }

  // Without the mark the same block is read, its increase proving the prior year: the mark,
  // not the words, is what keeps the figures out.
  @Test func withoutTheMarkTheBlockIsRead() throws {
    let found = try h16(mark: nil)
    #expect(found.contains { $0.2 == 82_110_900_000_000 })
  }
}
