/// The words of the shared line grammar that `Mappings/` defines: the money units
/// (`units.tsv`) and the eras (`eras.tsv`). A run passes the tables it loaded (see
/// `Extractor.init(vocabulary:)`); `standard` holds the same words as the bundled tables, for
/// callers without them (tests, `Extractor()`).
///
/// The tables live in one immutable object, so that the parsers, which read
/// `Vocabulary.current` for every figure, copy one reference rather than eight.
public struct Vocabulary: Sendable, Hashable {
  /// The word lists, built once by `init(units:eras:)` and never changed.
  final class Tables: Sendable {
    let unitTexts: [String]
    let units: [[Unicode.Scalar]]
    let compoundUnits: Set<String>
    let compoundUnitScalars: [[Unicode.Scalar]]
    let unitScalars: Set<Unicode.Scalar>
    let unitInitials: Set<Unicode.Scalar>
    let eraTexts: [String]
    let eras: [[Unicode.Scalar]]

    init(units: [String], eras: [String]) {
      let sortedUnits = units.enumerated().sorted {
        ($0.element.count, -$0.offset) > ($1.element.count, -$1.offset)
      }.map(\.element)
      unitTexts = sortedUnits
      self.units = sortedUnits.map(scalars)
      compoundUnits = Set(sortedUnits.filter { !$0.hasSuffix("円") })
      compoundUnitScalars = sortedUnits.filter { !$0.hasSuffix("円") }.map(scalars)
      unitScalars = Set(sortedUnits.flatMap(\.unicodeScalars))
      unitInitials = Set(sortedUnits.compactMap(\.unicodeScalars.first))
      eraTexts = eras
      self.eras = eras.map(scalars)
    }
  }

  let tables: Tables

  /// Units as printed, longest first, so `兆円` is tried before `兆`.
  public var unitTexts: [String] { tables.unitTexts }
  var units: [[Unicode.Scalar]] { tables.units }
  /// Units that may be followed by a further part (`18兆2,107億円`): those without `円`.
  var compoundUnits: Set<String> { tables.compoundUnits }
  /// The same units as scalars (`兆`, `億`): what a line may end with when its `円` was cut.
  var compoundUnitScalars: [[Unicode.Scalar]] { tables.compoundUnitScalars }
  /// Every scalar of every unit (the figure parser's scan floor).
  var unitScalars: Set<Unicode.Scalar> { tables.unitScalars }
  /// The first scalar of every unit (`兆 億 百 千 円`): where an amount's unit starts.
  var unitInitials: Set<Unicode.Scalar> { tables.unitInitials }
  public var eraTexts: [String] { tables.eraTexts }
  var eras: [[Unicode.Scalar]] { tables.eras }

  public init(units: [String], eras: [String]) {
    tables = Tables(units: units, eras: eras)
  }

  /// Two vocabularies are equal when they hold the same words (every table derives from them).
  public static func == (lhs: Vocabulary, rhs: Vocabulary) -> Bool {
    lhs.tables === rhs.tables
      || (lhs.unitTexts == rhs.unitTexts && lhs.eraTexts == rhs.eraTexts)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(unitTexts)
    hasher.combine(eraTexts)
  }

  /// The words of the bundled `Mappings/units.tsv` and `Mappings/eras.tsv`.
  public static let standard = Vocabulary(
    units: ["兆円", "兆", "億円", "億", "百万円", "千円", "円"], eras: ["令和", "平成", "昭和"])

  /// The vocabulary of the extraction running on this task.
  @TaskLocal static var current = Vocabulary.standard
}
