extension ColumnMeaning.Stage {
  /// The words that name a stage of the budget cycle, longest first where one is the start of
  /// another: the one list that the header reader (`ColumnHeader`), the transform's reading of
  /// amount labels and headings, and its checks of row labels share.
  ///
  /// A header's bare `予算額` (an initial budget where nothing says otherwise) is the header
  /// reader's own rule, not a word of this list: in a label it names no stage.
  public static let words: [(word: String, stage: Self)] = [
    ("補正後予算額", .revised), ("補正後", .revised),
    ("補正予算額", .supplementary), ("補正予算", .supplementary),
    ("補正額", .supplementary), ("補正", .supplementary),
    ("要求・要望額", .request), ("要求・要望", .request),
    ("概算要求額", .request), ("概算要求", .request),
    ("要求額", .request), ("要求", .request), ("要望額", .request), ("要望", .request),
    ("予算額(案)", .proposal), ("予算案", .proposal),
    ("政府案", .proposal), ("(案)", .proposal),
    ("当初予算案", .proposal), ("当初予算額", .initial), ("当初予算", .initial),
    ("当初", .initial),
    ("決算額", .settlement), ("決算", .settlement),
  ]

  /// The stages a text names, in printed order: at each place the longest word of `words` is
  /// read once (`補正後` names `revised`, not also `supplementary`; `当初予算案` names
  /// `proposal`). Spaces do not split a word (`補 正 後`).
  ///
  /// `joiningSupplementaryRequest`: a request for a supplementary budget (`補正予算要望`,
  /// `補正要求`: a supplementary word right before a request word) is one stage, `request`, as
  /// a document that requests a supplementary budget names its own amounts
  /// (`BudgetPhase.requested`); elsewhere it names both stages.
  public static func named(
    in text: some StringProtocol, joiningSupplementaryRequest: Bool = false
  ) -> [Self] {
    let characters = Array(text.filter { $0 != " " && $0 != "\u{3000}" })
    var stages: [Self] = []
    var i = 0
    scan: while i < characters.count {
      for (word, stage) in words where starts(characters, with: word, at: i) {
        i += word.count
        if joiningSupplementaryRequest, stage == .supplementary,
          let request = words.first(where: {
            $0.stage == .request && starts(characters, with: $0.word, at: i)
          })
        {
          stages.append(.request)
          i += request.word.count
          continue scan
        }
        stages.append(stage)
        continue scan
      }
      i += 1
    }
    return stages
  }

  /// The stage a label names where it names several (`前年度当初+補正`): a supplementary
  /// budget over its initial one, a request or draft over the initial budget it is compared
  /// with.
  public static func strongest(
    in text: some StringProtocol, joiningSupplementaryRequest: Bool = false
  ) -> Self? {
    let order: [Self] = [.revised, .supplementary, .request, .proposal, .settlement, .initial]
    let named = Set(named(in: text, joiningSupplementaryRequest: joiningSupplementaryRequest))
    return order.first(where: named.contains)
  }

  private static func starts(_ text: [Character], with word: String, at i: Int) -> Bool {
    var j = i
    for character in word {
      guard j < text.count, text[j] == character else { return false }
      j += 1
    }
    return true
  }
}
