import BudgetModel

/// The one letter column of a formula-proven flat table that no formula names and whose words
/// are printed after the rows (norin-r2-rinya-kettei-gaiyo):
///
///     経 常 分 「臨時・特別 の措置」 概算決定額 C=A+B 億円 … 1,929 1,931 368 2,299 606 2,905 …
///     … (経常分) 元年度 補正 追加額 C+D
///
/// The formulas prove D a column added to the budget-year sum C (`C+D`), but not what it is;
/// the words printed last name it: one year, `補正` and an amount word (`元年度 補正 追加額`),
/// the supplementary budget of that year. Taken only when the table's sum is a request or a
/// proposal (a budget not enacted yet has no supplementary budget of its own year: a
/// supplementary printed beside it is of an earlier year, which the transform checks against
/// the document's year), exactly one letter column is left unnamed, the formula printed with
/// the words adds that letter to the named sum, and the words hold exactly one year, `補正`
/// and one word ending in `額`, in that order, right after one another and nothing else but
/// formulas and short words in parentheses. Otherwise the column stays reported.
extension FormulaFlatTable {
  static func supplementaryColumn(
    _ meanings: [ColumnMeaning], words: [String]
  ) -> (column: Int, meaning: ColumnMeaning)? {
    let formulas = Formula.all(in: words).filter { $0.result == nil }
    let plain = words.filter {
      Formula.parse($0) == nil && !($0.hasPrefix("(") && $0.hasSuffix(")"))
    }
    guard plain.count == 3, plain[0].hasSuffix("年度"), plain[1] == "補正", plain[2].hasSuffix("額"),
      let start = words.firstIndex(of: plain[0]), start + 2 < words.count,
      Array(words[start...(start + 2)]) == plain,
      ColumnMeaning.yearKey(plain[0]) != nil,
      ColumnHeader.meanings(plain[0]).compactMap(\.fiscalYearLabel) == [plain[0]]
    else { return nil }
    let letters = meanings.indices.filter {
      meanings[$0].kind == .other && meanings[$0].partOf == nil
        && meanings[$0].header.count == 1 && ("A"..."Z").contains(meanings[$0].header)
    }
    guard letters.count == 1, let d = letters.first else { return nil }
    let letter = meanings[d].header
    // The named sum: the budget column whose header ends with its formula (`…C=A+B`).
    let sums = meanings.filter {
      $0.kind == .amount && ($0.stage == .request || $0.stage == .proposal)
        && Formula.parse($0.header)?.result != nil
    }
    guard sums.count == 1, let sum = Formula.parse(sums[0].header)?.result,
      formulas.contains(where: { Set($0.terms) == Set([sum, letter]) })
    else { return nil }
    let header = plain.joined()
    return (
      d,
      ColumnMeaning(kind: .amount, header: header, fiscalYearLabel: plain[0], stage: .supplementary)
    )
  }
}
