/// An alias that ends in `予算` (`農林水産関係予算`) also names its organization with a stage
/// word printed before `予算` (`3年度 農林水産関係補正予算の主な内容`, norin-r3-hosei-ja): the
/// stage says which budget, not whose. Only the stages printed in that place are inserted
/// (`補正`, `当初`, `暫定`); the alias itself is tried first, as before.
extension DocumentIdentifier {
  static let stagesBeforeBudget = ["補正", "当初", "暫定"]

  /// The alias and, when it ends in `予算`, its forms with a stage word before `予算`.
  static func stageForms(_ alias: String) -> [String] {
    guard alias.hasSuffix("予算"), alias.count > 2 else { return [alias] }
    let stem = alias.dropLast(2)
    return [alias] + stagesBeforeBudget.map { "\(stem)\($0)予算" }
  }
}
