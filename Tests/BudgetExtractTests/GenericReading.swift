@testable import BudgetExtract

extension GenericReader {
  /// The generic reader after reading `texts` as lines 1, 2, … (the tests' one way to run it).
  static func reading(_ texts: [String]) -> GenericReader {
    var reader = GenericReader(lexicon: .standard)
    for (k, text) in texts.enumerated() {
      reader.read(Line(number: k + 1, scalars: Array(text.unicodeScalars)))
    }
    reader.finish()
    return reader
  }
}
