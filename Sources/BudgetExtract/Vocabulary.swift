/// The words of the shared line grammar that `Mappings/` defines: the money units
/// (`units.tsv`) and the eras (`eras.tsv`). A run passes the tables it loaded (see
/// `Extractor.init(vocabulary:)`); `standard` holds the same words as the bundled tables, for
/// callers without them (tests, `Extractor()`).
public struct Vocabulary: Sendable, Hashable {
  /// Units as printed, longest first, so `兆円` is tried before `兆`.
  public let unitTexts: [String]
  let units: [[Unicode.Scalar]]
  /// Units that may be followed by a further part (`18兆2,107億円`): those without `円`.
  let compoundUnits: Set<String>
  /// The same units as scalars (`兆`, `億`): what a line may end with when its `円` was cut.
  let compoundUnitScalars: [[Unicode.Scalar]]
  /// Every scalar of every unit (the figure parser's scan floor).
  let unitScalars: Set<Unicode.Scalar>
  /// The first scalar of every unit (`兆 億 百 千 円`): where an amount's unit starts.
  let unitInitials: Set<Unicode.Scalar>
  public let eraTexts: [String]
  let eras: [[Unicode.Scalar]]

  public init(units: [String], eras: [String]) {
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

  /// The words of the bundled `Mappings/units.tsv` and `Mappings/eras.tsv`.
  public static let standard = Vocabulary(
    units: ["兆円", "兆", "億円", "億", "百万円", "千円", "円"], eras: ["令和", "平成", "昭和"])

  /// The vocabulary of the extraction running on this task.
  @TaskLocal static var current = Vocabulary.standard
}
