import BudgetModel

/// The header of a table of one year's numbered supplementary budgets side by side
/// (`経費項目 1次補正 2次補正 3次補正`, its words often one per line: `1次` / `補正` / `2次` /
/// `補正`…), whose rows print each budget's cell and their sum at the end, the cells of the
/// budgets an item has no part in simply left out (`4,828 941 5,770`). The words are read
/// here; which cell is whose is proven by each row's own sum (`GenericReader+StageSums`).
struct StageSumHeader: Equatable {
  /// The words of the label column (`経費項目`), possibly empty.
  var labelWord: String
  /// The numbers of the supplementary budgets, in order (`[1, 2, 3]`).
  var stages: [Int]
  /// The words of the stages as printed, joined (`1次補正`).
  var words: [String]
  /// The total column's word when the header prints one (`計`); nil when the sum is the
  /// last cell of a row with no word over it.
  var totalWord: String?

  static let totalWords = ["合計", "総計", "計"]

  /// Reads a header's words joined without spaces; nil unless the words are a label word
  /// (no figure, year or unit), then two or more numbered supplementary budgets numbered one
  /// after another, and at most a total word after them.
  static func read(_ compact: String) -> StageSumHeader? {
    let text = Array(compact)
    var i = 0
    var label: [Character] = []
    var stages: [Int] = []
    var words: [String] = []
    while i < text.count {
      if let (n, end) = stage(text, at: i) {
        stages.append(n)
        words.append(String(text[i..<end]))
        i = end
        continue
      }
      guard stages.isEmpty else { break }
      label.append(text[i])
      i += 1
    }
    let rest = String(text[i...])
    guard stages.count >= 2, zip(stages, stages.dropFirst()).allSatisfy({ $0 + 1 == $1 }),
      rest.isEmpty || totalWords.contains(rest),
      !label.contains(where: { $0.isNumber || "年度円%".contains($0) }),
      ColumnMeaning.Stage.named(in: String(label)).isEmpty
    else { return nil }
    return StageSumHeader(
      labelWord: String(label), stages: stages, words: words,
      totalWord: rest.isEmpty ? nil : rest)
  }

  /// A numbered supplementary budget at `i`: `1次補正`, `第2次補正`, `補正第1号`,
  /// `補正(第1号)`, `第1号補正`, each maybe followed by `予算` or `予算額`; its number and
  /// where it ends.
  static func stage(_ text: [Character], at i: Int) -> (Int, Int)? {
    func number(_ j: Int) -> (Int, Int)? {
      var k = j
      while k < text.count, text[k].isASCII, text[k].isNumber { k += 1 }
      guard k > j, let n = Int(String(text[j..<k])), n > 0 else { return nil }
      return (n, k)
    }
    func has(_ word: String, _ j: Int) -> Bool {
      let w = Array(word)
      return j + w.count <= text.count && Array(text[j..<(j + w.count)]) == w
    }
    var read: (Int, Int)?
    let j = has("第", i) ? i + 1 : i
    if let (n, k) = number(j) {
      if has("次補正", k) { read = (n, k + 3) }
      if has("号補正", k), j > i { read = (n, k + 3) }
    } else if has("補正", i) {
      let open = has("(第", i + 2) ? i + 4 : has("第", i + 2) ? i + 3 : nil
      if let open, let (n, k) = number(open), has("号", k) {
        let end = k + 1
        read = open == i + 4 ? (has(")", end) ? (n, end + 1) : nil) : (n, end)
      }
    }
    guard var (n, end) = read else { return nil }
    for suffix in ["予算額", "予算"] where has(suffix, end) {
      end += suffix.count
      break
    }
    return (n, end)
  }

  /// The numbers of the supplementary budgets a row's label names (`…(1次補正)` → `[1]`).
  static func stagesNamed(in label: String) -> [Int] {
    let text = Array(label.filter { $0 != " " })
    var found: [Int] = []
    var i = 0
    while i < text.count {
      if let (n, end) = stage(text, at: i) {
        found.append(n)
        i = end
      } else {
        i += 1
      }
    }
    return found
  }

  /// The one fiscal year a caption names (`表11 平成23年度東日本大震災関係経費…` →
  /// `平成23年度`); nil when it names none or several.
  static func captionYear(_ caption: String) -> String? {
    let text = Array(caption.filter { $0 != " " })
    var years: Set<String> = []
    for i in text.indices {
      guard
        let era = ["令和", "平成", "昭和"].first(where: { e in
          i + 2 <= text.count && String(text[i..<(i + 2)]) == e
        })
      else { continue }
      var k = i + 2
      if k < text.count, text[k] == "元" {
        k += 1
      } else {
        while k < text.count, text[k].isASCII, text[k].isNumber { k += 1 }
      }
      guard k > i + 2, k + 2 <= text.count, String(text[k..<(k + 2)]) == "年度" else { continue }
      years.insert(era + String(text[(i + 2)..<k]) + "年度")
    }
    return years.count == 1 ? years.first : nil
  }
}
