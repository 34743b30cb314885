import BudgetModel

extension SummaryBuilder {
  /// An amount's own mark printed without `年度` (`0.5億円(29補正)`, `(H29補正)`, `(R5当初)`)
  /// as the context the transform reads (`29年度補正`, `平成29年度補正`). A bare number is a
  /// fiscal year only when it is the budget year or the year before in the document's own era
  /// (`29` in a 平成30年度 document): any other number, or a mark with anything but `補正` or
  /// `当初` right after the year (`2号補正`, `29年補正`), is given back as printed (and,
  /// naming no year, is reported).
  func yearOfMark(_ mark: String) -> String {
    let text = Array(mark.filter { $0 != " " })
    var k = 0
    var year = ""
    if let letter = LetterEraYear.read(text) {
      year = letter.label
      k = letter.length
    } else {
      while k < text.count, k < 2, text[k].isASCIIDigitCharacter { k += 1 }
      guard k > 0, k < text.count, text[k] != "年" else { return mark }
      year = String(text[..<k]) + "年度"
    }
    // The stage right after the year (`2号補正` names a number of a supplementary budget).
    let rest = String(text[k...])
    guard Self.markStages.contains(rest), let printed = yearsNamed(year).first,
      yearsNamed(year).count == 1,
      printed == info.fiscalYear || printed == info.fiscalYear - 1
    else { return mark }
    return year + rest
  }

  static let markStages: Set<String> = ["補正", "補正予算", "当初", "当初予算"]
}

/// `H29`, `R5`, `S63` at the start of a mark: the era's name and the year (`平成29年度`).
enum LetterEraYear {
  static let eras: [Character: String] = ["S": "昭和", "H": "平成", "R": "令和"]

  static func read(_ text: [Character]) -> (label: String, length: Int)? {
    guard let first = text.first, let era = eras[first] else { return nil }
    var k = 1
    while k < text.count, k < 3, text[k].isASCIIDigitCharacter { k += 1 }
    guard k > 1, k == text.count || !text[k].isASCIIDigitCharacter else { return nil }
    return ("\(era)\(String(text[1..<k]))年度", k)
  }
}
