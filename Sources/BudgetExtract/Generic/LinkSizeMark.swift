/// A web page's link to the file of an item (`[PDF 92KB]`, `[PDF 1,137KB]`, `(PDF:1.2MB)`),
/// printed between the item's name and its amount (kankyo-h21 第2次補正: `(1) 家電エコポイント
/// 制度の改善等 [PDF 92KB]794億円`): the file's type and size, no word of the label. It is left
/// out of the label, so that the label is the item's name alone (and is not taken for a
/// sentence by its length). A bracket holding anything else (`[PDF版]`, `[92KB]`,
/// `[PDF 92KB 参照]`) is kept.
enum LinkSizeMark {
  static let types = ["PDF", "XLSX", "XLS", "DOCX", "DOC", "ZIP", "PPTX"]
  static let sizes = ["KB", "MB", "GB"]
  static let pairs: [(Character, Character)] = [("[", "]"), ("［", "］"), ("(", ")"), ("（", "）")]

  /// The label without a link mark at its end.
  static func removed(from label: String) -> String {
    guard let close = label.last, let pair = pairs.first(where: { $0.1 == close }),
      let open = label.lastIndex(of: pair.0)
    else { return label }
    let inside = label[label.index(after: open)..<label.index(before: label.endIndex)]
    guard isLinkSize(inside) else { return label }
    return String(label[..<open]).trimmingSpaces
  }

  /// `PDF 92KB`, `PDF:1,137KB`, `PDF形式 1.2MB`: a file type, then a size in bytes.
  static func isLinkSize<S: StringProtocol>(_ text: S) -> Bool {
    let compact = String(text.filter { $0 != " " && $0 != "\u{3000}" }).uppercased()
    guard let type = types.first(where: { compact.hasPrefix($0) }) else { return false }
    var rest = compact.dropFirst(type.count)
    for glue in ["形式", ":", ":", ","] where rest.hasPrefix(glue) {
      rest = rest.dropFirst(glue.count)
    }
    guard let size = sizes.first(where: { rest.hasSuffix($0) }) else { return false }
    let number = rest.dropLast(size.count)
    guard let first = number.first, first.isASCII, first.isNumber else { return false }
    return number.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
  }
}
