/// A header whose columns print different units in parentheses (`令和6年度予算額(千円)`
/// beside `令和7年度要求額(百万円)`; issue #20, hunt4): no one unit is the table's, and the
/// reader has no unit per column, so the table takes none (its figures are reported), even
/// under a unit statement (`(単位:百万円)` over such a header).
extension GenericReader {
  /// Whether the header's texts print two or more different units in parentheses.
  static func mixedUnits(inHeader texts: [String], units: [String]) -> Bool {
    let compact = texts.joined().filter { $0 != " " && $0 != "\u{3000}" }
    let printed = units.filter { unit in
      ["(\(unit))", "(\(unit),", "(\(unit)、", "（\(unit)）"].contains { compact.contains($0) }
    }
    return printed.count > 1
  }

  /// The unit of a table: the statement in force for its header (`draft.unit`), else the one
  /// its header prints; none when the header prints several.
  static func tableUnit(_ stated: String?, header texts: [String], units: [String]) -> String? {
    if mixedUnits(inHeader: texts, units: units) { return nil }
    return stated ?? unit(inHeader: texts, units: units)
  }
}
