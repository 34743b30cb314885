import BudgetModel

/// How one kind of budget overview is printed: what is specific to a ministry's layout
/// (its marker words, its sections and lists, the order of its parts) behind one interface.
/// The shared line grammar — figures, units, outline markers, tables, and the normalization
/// layer before it — is the same for every layout. A second ministry's layout is a new type
/// conforming to this protocol, added to `DocumentLayouts.all`, plus its fixtures.
public protocol DocumentLayout: Sendable {
  /// A short name (`soumu-overview`).
  var name: String { get }
  /// Words that start a list entry or block of this layout (as `【主な経費】`): a cut line
  /// never continues into a line starting with one.
  var listMarks: [[Unicode.Scalar]] { get }
  /// How well the layout fits the document's lines (after page furniture is removed): 0 is
  /// not at all; the layout with the highest score reads the document.
  func detect(_ lines: [Line]) -> Int
  /// Whether the layout reads logical lines (cut lines joined) or the lines as printed.
  var joinsLines: Bool { get }
  /// Whether `line` (its scalars before `end`) goes on in `next` (from `r`, its first scalar
  /// that is not a space or `*`) for a reason of this layout's own, beyond the shared rules of
  /// `LogicalLines` (as 総務省's budget label cut before its amount). Asked only when
  /// `joinsLines` is true.
  func continues(
    _ line: [Unicode.Scalar], end: Int, in next: [Unicode.Scalar], from r: Int, lexicon: Lexicon
  ) -> Bool
  /// Reads the document's logical lines into records, with the run's units and eras.
  func extract(_ lines: [Line], lexicon: Lexicon, into document: inout ExtractedDocument)
}

extension DocumentLayout {
  public var joinsLines: Bool { true }

  /// No rule of its own: the shared ones alone.
  public func continues(
    _ line: [Unicode.Scalar], end: Int, in next: [Unicode.Scalar], from r: Int, lexicon: Lexicon
  ) -> Bool { false }
}
