extension GenericReader {
  /// Whether a line is a sentence by its full stop: a `。` outside parentheses. One inside them
  /// closes a note of the label (`概算要求額総計(重点化枠及び復旧・復興枠含む。) 543億26百万円`,
  /// `(参考)概算要求枠総額(人件費を除く。)`), not the line.
  static func endsSentence(_ text: String) -> Bool {
    var depth = 0
    for ch in text {
      switch ch {
      case "(", "（": depth += 1
      case ")", "）": depth = max(0, depth - 1)
      case "。" where depth == 0: return true
      default: break
      }
    }
    return false
  }
}

extension GenericReader {
  /// An amount line's changes printed as `(200億3,700万円増)`: the line's amounts are read,
  /// each such change is reported (it does not say what it is compared with, and no
  /// arithmetic of the document shows it).
  mutating func reportBareChanges(_ line: Line, _ text: String) {
    let s = Array(text.unicodeScalars)
    for k in s.indices where s[k] == "(" && k > 0 && s[k - 1] == "円" {
      if AmountLine.bareChange(s, from: k, parser: parser) != nil {
        report(
          line, text: text,
          why: "a change in parentheses that names no base (…増, …減) is not exported")
        return
      }
    }
  }
}
