/// The words of the shared line grammar that `Mappings/` defines: the money units
/// (`units.tsv`) and the eras (`eras.tsv`). The pipeline builds it from the mapping tables it
/// loaded and hands it to `Extractor.init(lexicon:)`, which passes it down, as a value, to
/// every layer that reads words (physical and logical lines, the figure parser, the layouts);
/// nothing reads it from ambient state. `standard` holds the same words as the bundled
/// tables, for callers without them (tests, `Extractor()`).
///
/// (Not to be confused with `BudgetLoad`'s `Vocabulary`, the IRIs of the published terms.)
///
/// The tables live in one immutable object, so that the parsers, which copy the lexicon into
/// every figure parser, copy one reference rather than eight.
public struct Lexicon: Sendable, Hashable {
  /// The word lists, built once by `init(units:eras:)` and never changed.
  final class Tables: Sendable {
    let unitTexts: [String]
    let units: [[Unicode.Scalar]]
    let compoundUnits: Set<String>
    /// Index for index with `units`: whether the unit is one of `compoundUnits`.
    let isCompound: [Bool]
    /// Index for index with `units`: whether the unit is `万円` (read as a further part only
    /// unit-less, and a per-unit figure's unit) and whether it is `円`. Flags, so that the figure
    /// parser compares no strings.
    let isManYen: [Bool]
    let isYen: [Bool]
    /// `unitScalars` as a short list (a linear scan beats hashing for a few scalars).
    let unitScalarList: [Unicode.Scalar]
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
      isCompound = sortedUnits.map { !$0.hasSuffix("円") }
      isManYen = sortedUnits.map { $0 == "万円" }
      isYen = sortedUnits.map { $0 == "円" }
      unitScalarList = Array(Set(sortedUnits.flatMap(\.unicodeScalars))).sorted {
        $0.value < $1.value
      }
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

  /// Two lexicons are equal when they hold the same words (every table derives from them).
  public static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
    lhs.tables === rhs.tables
      || (lhs.unitTexts == rhs.unitTexts && lhs.eraTexts == rhs.eraTexts)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(unitTexts)
    hasher.combine(eraTexts)
  }

  /// The words of the bundled `Mappings/units.tsv` and `Mappings/eras.tsv`.
  public static let standard = Lexicon(
    units: ["兆円", "兆", "億円", "億", "百万円", "万円", "千円", "円"], eras: ["令和", "平成", "昭和"])
}
