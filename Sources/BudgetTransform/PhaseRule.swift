import BudgetModel
import Foundation

/// One row of `Mappings/phases.tsv`: a marker printed in a title and the budget stage it names.
///
/// A marker may hold `{n}`, which matches a number printed in ASCII, full-width or kanji
/// digits (`補正予算(第{n}号)` matches `補正予算(第2号)`, `補正予算(第２号)` and
/// `補正予算(第二号)`); the number replaces `{n}` in the code and the names, so each
/// supplementary budget gets its own code (`supplementary-2`). An empty marker matches every
/// title (the default stage).
public struct PhaseRule: Sendable, Hashable {
  public var marker: String
  /// The phase, with `{n}` still in its code and names when the marker has one.
  public var phase: BudgetPhase

  public init(marker: String, phase: BudgetPhase) {
    self.marker = marker
    self.phase = phase
  }

  /// The phase and the text as printed when the marker occurs in `title`, else nil.
  public func match(in title: String) -> (phase: BudgetPhase, printed: String)? {
    guard let placeholder = marker.firstRange(of: "{n}") else {
      return marker.isEmpty || title.contains(marker) ? (phase, marker) : nil
    }
    let prefix = String(marker[..<placeholder.lowerBound])
    let suffix = String(marker[placeholder.upperBound...])
    var searchStart = title.startIndex
    while let found = title.range(of: prefix, range: searchStart..<title.endIndex) {
      var cursor = found.upperBound
      var number = 0
      var digits = 0
      while cursor < title.endIndex, let digit = Self.digitValue(title[cursor]) {
        number = number * 10 + digit
        digits += 1
        cursor = title.index(after: cursor)
      }
      if digits > 0, title[cursor...].hasPrefix(suffix) {
        let end = title.index(cursor, offsetBy: suffix.count)
        return (substituted(String(number)), String(title[found.lowerBound..<end]))
      }
      searchStart = found.upperBound
    }
    return nil
  }

  private func substituted(_ number: String) -> BudgetPhase {
    func fill(_ text: String) -> String { Self.filling(text, with: number) }
    return BudgetPhase(
      code: fill(phase.code), fiscalDataPackagePhase: phase.fiscalDataPackagePhase,
      openBudgetsPhase: phase.openBudgetsPhase, nameJa: fill(phase.nameJa),
      nameEn: fill(phase.nameEn), requested: phase.requested)
  }

  /// `text` with every `{n}` replaced by `number` (byte by byte: Foundation's
  /// `replacingOccurrences` bridges to `NSString`, whose first use costs a run's start-up).
  static func filling(_ text: String, with number: String) -> String {
    let placeholder = Array("{n}".utf8)
    let bytes = Array(text.utf8)
    guard bytes.count >= placeholder.count else { return text }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == placeholder[0], bytes[i...].starts(with: placeholder) {
        result += number.utf8
        i += placeholder.count
      } else {
        result.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The value of a digit printed in ASCII, full-width or kanji (一 … 九, 〇), else nil.
  static func digitValue(_ character: Character) -> Int? {
    if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
      let digit = scalar.decimalDigitValue
    {
      return digit
    }
    return "〇一二三四五六七八九".firstIndex(of: character).map {
      "〇一二三四五六七八九".distance(from: "〇一二三四五六七八九".startIndex, to: $0)
    }
  }
}
