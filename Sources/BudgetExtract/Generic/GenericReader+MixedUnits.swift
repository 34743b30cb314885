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
    if mixedUnits(inHeader: texts, units: units) || printsCountUnit(texts) { return nil }
    let printed = unit(inHeader: texts, units: units)
    // `(単位:百万円)` over `令和6年度予算額(億円) 令和7年度予算額`: the header's unit and the
    // statement disagree, and which column takes which is not certain (hunt5).
    if let stated, let printed, stated != printed { return nil }
    return stated ?? printed
  }

  /// `2年度定員(人)`, `件数(件)`: a header printing a unit of a count in parentheses heads no
  /// amounts, whatever unit statement is in force (hunt5: persons were read as 百万円).
  static func printsCountUnit(_ texts: [String]) -> Bool {
    let compact = texts.joined().filter { $0 != " " && $0 != "\u{3000}" }
    return countUnits.contains { unit in
      ["(\(unit))", "（\(unit)）", "(\(unit),", "(\(unit)、"].contains { compact.contains($0) }
    }
  }

  static let countUnits = ["人", "千人", "万人", "件", "千件", "隻", "機", "台", "箇所", "か所", "校", "団体"]
}
