import BudgetModel
import Testing

@testable import BudgetExtract

/// A news text's figures in broken sentences (monka-h30-hosei-kyobun-news; issue #20): an
/// allocation `…に273億円`, a rounded `約1326億円`, a `▽` list of parts, and a total named last
/// in its sentence whose parts are the sentences after it.
@Suite struct NewsClauseTests {
  static let parser = FigureParser(lexicon: .standard)

  static let kyobun = [
    "2018 年度補正予算(説明文)追加歳出額(説明文)約9356億円(説明文)文科省関連の補正予算額(説明文)約1326億円(説明文)(説明文)",
    "",
    "(説明文)学校施設などの災害復旧に273億円(説明文)内訳は▽公立学校 114億円▽私立学校 13億円▽国立大学など 115億円▽国指定文化財など 21億円▽地震観測網 10億円——。",
    "",
    "熱中症対策の空調設置に817億円(説明文)(説明文)(説明文)",
    "",
    "ブロック塀の倒壊防止などの安全対策に232億円(説明文)(説明文)(説明文)",
    "",
    "(説明文)大学などの授業料減免の支援に5億円(説明文)",
  ]

  @Test func anAllocationAndAListOfParts() throws {
    let reading = try #require(ClauseFigures.read(Self.kyobun[2], parser: Self.parser))
    #expect(
      reading.entries.map(\.label) == [
        "学校施設などの災害復旧", "公立学校", "私立学校", "国立大学など", "国指定文化財など", "地震観測網",
      ])
    #expect(reading.unread == 0)
    let rounded = try #require(ClauseFigures.read(Self.kyobun[0], parser: Self.parser))
    #expect(rounded.entries.map(\.label) == ["追加歳出額", "文科省関連の補正予算額"])
    // `前年度に…`, `比べ…に`: words naming a year or a comparison are no allocation.
    #expect(ClauseFigures.allocationTarget("前年度に") == "前年度に")
    #expect(ClauseFigures.allocationTarget("熱中症対策の空調設置に") == "熱中症対策の空調設置")
  }

  // 114 + 13 + 115 + 21 + 10 = 273 proves the list; 273 + 817 + 232 + 5 = 1,327 is 1,326
  // within the rounding of five figures printed to 1億円, so the last amount of the first
  // sentence is their total; 9356 (the whole supplementary budget) is proven by nothing.
  @Test func theLastAmountIsTheTotalOfTheSentencesAfterIt() {
    let reader = GenericReader.reading(Self.kyobun)
    let read = reader.amountLines.map { ($0.span.line, $0.amount.amount?.parts.first?.number) }
    #expect(read.map(\.0) == [1, 3, 3, 3, 3, 3, 3, 5, 7, 9])
    #expect(
      read.map { $0.1.map { "\($0)" } } == [
        "1326", "273", "114", "13", "115", "21", "10", "817", "232", "5",
      ])
    #expect(reader.diagnostics.map(\.span.line) == [1])
    // A total the sentences do not add up to: none of them is read.
    var wrong = Self.kyobun
    wrong[0] = wrong[0].replacingOccurrences(of: "約1326億円", with: "約1426億円")
    let unproven = GenericReader.reading(wrong)
    #expect(unproven.amountLines.map(\.span.line) == [3, 3, 3, 3, 3, 3])
  }
}

/// The head of a sentence of figures naming a Western year's budget titles a text that has
/// none (`GenericReader.noteClauseTitle`).
@Suite struct ClauseTitleTests {
  @Test func aWesternYearBudgetAtTheHeadOfASentence() {
    #expect(GenericReader.namesWesternYearBudget("2018 年度補正予算"))
    #expect(GenericReader.namesWesternYearBudget("2025年度予算"))
    #expect(!GenericReader.namesWesternYearBudget("2018 年度補正予算の内訳と2019年度"))
    #expect(!GenericReader.namesWesternYearBudget("18年度補正予算"))
    #expect(!GenericReader.namesWesternYearBudget("2018 年度の追加歳出額"))
    let reader = GenericReader.reading(NewsClauseTests.kyobun)
    #expect(reader.titles.map(\.text) == ["2018 年度補正予算"])
    // A text that has a title already keeps it alone.
    let titled = GenericReader.reading(["平成30年度補正予算の概要"] + NewsClauseTests.kyobun)
    #expect(titled.titles.map(\.text) == ["平成30年度補正予算の概要"])
  }
}
