import BudgetModel
import Foundation
import Testing

@testable import BudgetTransform

/// `AccountSide` looks for a side word only in a text that holds each of its scalars, and copies
/// a label without an opening parenthesis as it is: the same answers as the searches it skips
/// (the code before that check, kept here as the reference), on every line of the real
/// fixtures and the sample, and on spaced, partial and combining-mark variants.
@Suite struct AccountSideScalarsTests {
  static func referenceNamed(_ text: String) -> OperationCharacter? {
    let words = text.filter { !$0.isWhitespace }
    let revenue = words.contains("歳入") || words.contains("収納済")
    let spending = words.contains("歳出") || words.contains("支出済")
    guard revenue != spending else { return nil }
    return revenue ? .revenue : .expenditure
  }

  static func referenceWithoutNotes(_ label: String) -> String {
    var result = ""
    var depth = 0
    for (k, c) in label.enumerated() {
      if "(（".contains(c), k > 0 || depth > 0 {
        depth += 1
      } else if ")）".contains(c), depth > 0 {
        depth -= 1
      } else if depth == 0 {
        result.append(c)
      }
    }
    return result
  }

  static let variants = [
    "歳 入", "歳\u{3000}出", "収納済 歳入額", "収納 済", "支 出 済", "歳入歳出", "歳出(歳入)", "(歳入)",
    "入歳", "出歳", "歳", "収入", "済納収", "歳\u{3099}入", "歳入\u{3099}", "支出済歳出額", "（注）歳入",
    "地方交付税", "", " ", "a(b)c", "歳入（うち税収）",
  ]

  static func realLines() throws -> [String] {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = tests.appendingPathComponent("Fixtures/RealWorld")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let sample = tests.deletingLastPathComponent().appendingPathComponent(
      "Inputs/soumu-r6-yosan-an-gaiyo.txt")
    let texts =
      try names.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
      + [try String(contentsOf: sample, encoding: .utf8)]
    return texts.flatMap { $0.split(separator: "\n").map(String.init) }
  }

  @Test func theSameSidesAsTheSearchesOnEveryLine() throws {
    let lines = try Self.realLines() + Self.variants
    #expect(lines.count > 5000)
    var named = 0
    for line in lines {
      let expected = Self.referenceNamed(line)
      if expected != nil { named += 1 }
      #expect(AccountSide.named(line) == expected, "\(line)")
      #expect(AccountSide.withoutNotes(line) == Self.referenceWithoutNotes(line), "\(line)")
    }
    // Enough lines name a side for the comparison to mean something.
    #expect(named > 100, "\(named) lines name a side")
  }

  @Test func aSpacedSideWordStillNamesItsSide() {
    #expect(AccountSide.named("歳 入") == .revenue)
    #expect(AccountSide.named("支 出 済") == .expenditure)
    #expect(AccountSide.named("歳入歳出") == nil)
    #expect(AccountSide.named("入歳") == nil)
    #expect(AccountSide.isRevenue("地方交付税") == false)
    #expect(AccountSide.isRevenue("雑収入") == true)
    #expect(AccountSide.isRevenue("その他") == false)
  }
}
