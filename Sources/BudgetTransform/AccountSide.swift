import BudgetModel

/// Which side of the account each figure is on (`OperationCharacter`). A figure is revenue only
/// where the document says so: its own label, its section, or a row above it in its table names
/// the revenue side (`歳入`, `収納済歳入額`, `[歳入]`), or the label is a revenue by what it is
/// (`税収`, `公債金`, `…収入`, `前年度剰余金受入`). Everything else is spending, as a ministry's
/// overview is; a text that names both sides at once (`歳入歳出決算`) decides nothing.
enum AccountSide {
  /// The first characters of every word a side or a revenue is named by (`歳入`, `収納済`,
  /// `支出済`, `税`, `公債`, `受入`, `印紙`): a text without any of them names none. Checked on
  /// scalars first, as most labels (every item of an overview) hold none.
  static let sideScalars: Set<Unicode.Scalar> = ["歳", "収", "支", "税", "債", "受", "印"]

  static func mayNameSide(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: isSideScalar)
  }

  /// One of ``sideScalars``, by a switch: hashing every scalar of every item title into the
  /// set cost more than the rest of the check.
  static func isSideScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "歳", "収", "支", "税", "債", "受", "印": true
    default: false
    }
  }

  /// The side a text names by its words, nil when it names none or both. A word is looked for
  /// (a Foundation search, ≈ 25,000 instructions) only when the text holds each of its
  /// scalars: no scalar decomposes into one of them, so a text without them cannot match.
  static func named(_ text: String) -> OperationCharacter? {
    let has = SideScalars(text)
    let mayRevenue = has.all("歳入") || has.all("収納済")
    let maySpending = has.all("歳出") || has.all("支出済")
    guard mayRevenue || maySpending else { return nil }
    let words = text.filter { !$0.isWhitespace }
    if words.contains("歳入歳出") || words.contains("歳出歳入") { return nil }
    let revenue = mayRevenue && (namesSideWord("歳入", in: words) || words.contains("収納済"))
    let spending = maySpending && (namesSideWord("歳出", in: words) || words.contains("支出済"))
    guard revenue != spending else { return nil }
    return revenue ? .revenue : .expenditure
  }

  /// What follows `歳入`/`歳出` where the word is the object of a policy, not the side of the
  /// account (`歳入確保に向けた取組`, `歳入の確保`, `歳入面の取組`, `歳入庁`, `歳出改革`): spending on it
  /// is no revenue (hunt6: the 国税庁's spending under such a heading was published as revenue).
  /// Anything else keeps naming the side (`歳入`, `歳入合計`, `収納済歳入額`, `歳入登記手数料`, a
  /// side's row joined to its first row).
  static let policyFollowers = [
    "確保", "の確保", "庁", "面", "改革", "の改革", "対策", "削減", "の削減", "効率化", "の効率化", "抑制",
    "の抑制", "見直し", "の見直し", "構造", "の構造",
  ]

  /// Whether `word` (`歳入`, `歳出`) occurs in `words` other than as the object of a policy.
  static func namesSideWord(_ word: String, in words: String) -> Bool {
    var rest = Substring(words)
    while let found = rest.range(of: word) {
      let after = rest[found.upperBound...]
      if !policyFollowers.contains(where: { after.hasPrefix($0) }) { return true }
      rest = after
    }
    return false
  }

  /// What is done about a tax, not a tax (hunt6: `○電子納税`, `○ふるさと納税`, `○定額減税` were
  /// published as revenue).
  static let taxActs = ["納税", "減税", "課税", "徴税", "免税", "増税", "脱税"]

  /// Which of the scalars the side words are made of (`歳 入 出 収 納 済 支`) a text holds.
  struct SideScalars {
    static let scalars: [Unicode.Scalar] = ["歳", "入", "出", "収", "納", "済", "支"]
    var bits: UInt8 = 0

    init(_ text: String) {
      for scalar in text.unicodeScalars {
        if let k = Self.scalars.firstIndex(of: scalar) { bits |= 1 << k }
      }
    }

    /// Whether the text holds every scalar of `word` (each one of ``scalars``).
    func all(_ word: String) -> Bool {
      word.unicodeScalars.allSatisfy { s in
        Self.scalars.firstIndex(of: s).map { bits & (1 << $0) != 0 } ?? false
      }
    }
  }

  /// Labels that are revenues by what they name: taxes, bonds issued, receipts. `収入保険`
  /// (an insurance scheme the state pays for) is not one: only a label that ends in `収入` is.
  /// A tax (`消費税`, `うち復興特別所得税`, `関税`) is revenue; what is paid out of one
  /// (`地方交付税`, `地方揮発油譲与税`) is not.
  static func isRevenue(_ label: String) -> Bool {
    // Every word below holds 税, 債, 入 or 紙: without one of them the label is none.
    guard label.unicodeScalars.contains(where: { "税債入紙".unicodeScalars.contains($0) }) else {
      return false
    }
    var core = Substring(bareLabel(label))
    if core.hasPrefix("うち") { core = core.dropFirst(2) }
    if ["税収", "公債金", "建設公債", "特例公債", "復興公債金", "公債金収入"].contains(core) {
      return true
    }
    if core.hasPrefix("税収(") || core.hasPrefix("公債金(") { return true }
    if core.hasSuffix("税"), !core.contains("交付税"), !core.contains("譲与税"),
      !taxActs.contains(where: core.hasSuffix)
    {
      return true
    }
    return core.hasSuffix("収入") || core.hasSuffix("印紙") || core.hasSuffix("剰余金受入")
      || core.hasSuffix("より受入")
  }

  /// The label without spaces, leading enumerators (`1.`, `(1)`, `①`, `○`) and a leading
  /// bracketed side word (`[歳入](歳入)税収` → `税収`).
  static func bareLabel(_ label: String) -> String {
    var text = Substring(label.filter { !$0.isWhitespace })
    var changed = true
    while changed, !text.isEmpty {
      changed = false
      if let first = text.first, "○●◯・▷▶■□◆◇※①②③④⑤⑥⑦⑧⑨⑩".contains(first) {
        text = text.dropFirst()
        changed = true
      }
      let digits = text.prefix { $0.isASCII && $0.isNumber }
      if !digits.isEmpty, let next = text.dropFirst(digits.count).first, ".．、)）".contains(next) {
        text = text.dropFirst(digits.count + 1)
        changed = true
      }
      for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】"), ("〔", "〕")]
      where text.hasPrefix(open) {
        guard let end = text.firstIndex(of: Character(close)) else { continue }
        let inside = text[text.index(after: text.startIndex)..<end]
        guard inside.allSatisfy({ $0.isNumber }) || named(String(inside)) != nil else { continue }
        text = text[text.index(after: end)...]
        changed = true
      }
    }
    return String(text)
  }

  /// The side of one label: named by its words outside parentheses (`公債金(歳出と税収等との差額)`
  /// names no side by its note), or a revenue by what it is.
  static func side(ofLabel label: String) -> OperationCharacter? {
    guard mayNameSide(label) else { return nil }
    return namedOutsideNotes(label) ?? (isRevenue(label) ? .revenue : nil)
  }

  /// The side a label names by its words outside parentheses: the side a table row puts in
  /// force for the rows under it.
  static func namedOutsideNotes(_ label: String) -> OperationCharacter? {
    mayNameSide(label) ? named(withoutNotes(label)) : nil
  }

  /// The label without its parenthesized notes after the first character.
  static func withoutNotes(_ label: String) -> String {
    // No opening parenthesis, no note: the label as it is (the loop below would copy it whole).
    guard label.unicodeScalars.contains(where: { $0 == "(" || $0 == "（" }) else { return label }
    var result = ""
    var depth = 0
    for (k, c) in label.enumerated() {
      if "(（".contains(c), k > 0 || depth > 0 {
        depth += 1
      } else if ")）".contains(c), depth > 0 {
        depth -= 1
      } else if depth == 0 {
        result.append(c)
      }
    }
    return result
  }

  /// Every summary entry's figures with their side. Rows of a table take the side the last row
  /// above them named (`[歳入]`, `歳入`), else their section's, else spending.
  /// In the 地方財政計画 (`plan`), its revenues by what they are (`isPlanRevenue`).
  static func assign(_ entries: [SummaryEntry], plan: Bool = false) -> [SummaryEntry] {
    var result = entries
    var table = ""
    var inForce: OperationCharacter?
    var section: (title: String, side: OperationCharacter?)?
    for k in result.indices {
      let entry = result[k]
      if section?.title != entry.sectionTitle {
        section = (entry.sectionTitle, named(entry.sectionTitle))
      }
      let own = namedOutsideNotes(entry.label)
      var side = own ?? (mayNameSide(entry.label) && isRevenue(entry.label) ? .revenue : nil)
      if plan, side == nil, isPlanRevenue(entry.label) { side = .revenue }
      if entry.kind == .tableRow {
        let key = String(entry.id.prefix { $0 != "-" })
        if key != table { (table, inForce) = (key, nil) }
        if let own { inForce = own }
        side = side ?? inForce
        // A total closes the side's rows: `歳入` … `計` and then `(支出)` … rows name no side.
        if closesSide(entry.label) { inForce = nil }
      }
      let character = side ?? section?.side ?? .expenditure
      for f in result[k].figures.indices {
        // A column whose header names the revenue side (`収納済歳入額`) is revenue (SummaryBuilder).
        if result[k].figures[f].operationCharacter != .revenue {
          result[k].figures[f].operationCharacter = character
        }
      }
    }
    return result
  }

  /// A table row that totals the rows above it (`計`, `合計`, `歳入合計`, `文部科学省主管合計`).
  static func closesSide(_ label: String) -> Bool {
    let bare = bareLabel(label)
    return ["計", "合計", "総計"].contains(bare) || bare.hasSuffix("合計") || bare.hasSuffix("総計")
  }

  /// An item's figures are revenue only when its own title says so.
  static func assign(_ items: [BudgetItem]) -> [BudgetItem] {
    items.map { item in
      guard side(ofLabel: item.title) == .revenue else { return item }
      var item = item
      for f in item.figures.indices { item.figures[f].operationCharacter = .revenue }
      return item
    }
  }
}
