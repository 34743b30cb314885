/// A figure as the extractor found it: an amount (or its explicit absence) and the markers
/// printed around it.
public struct PrintedFigure: Hashable, Sendable, Codable {
  /// The amount; nil when the document prints `—` or only a label such as `新規`.
  public var amount: PrintedAmount?
  /// A label printed before the amount, for example `令和5年度補正予算` or `産業投資`.
  public var label: String?
  /// Set when the figure stands in `〔 〕` or `[ ]`: it is counted under another item.
  public var isBracketed: Bool
  /// Set for `の内数`: the amount is a larger figure this one is only part of.
  public var isPartOf: Bool
  /// Set for `再掲`: the figure repeats one stated earlier.
  public var isReposted: Bool
  /// Set for `後掲`: the figure is stated again, in full, later.
  public var isShownLater: Bool
  /// Set for `新規` printed in place of the amount (a new item has no prior-year figure).
  public var isNewMarker: Bool

  public init(
    amount: PrintedAmount?, label: String? = nil, isBracketed: Bool = false,
    isPartOf: Bool = false, isReposted: Bool = false, isShownLater: Bool = false,
    isNewMarker: Bool = false
  ) {
    self.amount = amount
    self.label = label
    self.isBracketed = isBracketed
    self.isPartOf = isPartOf
    self.isReposted = isReposted
    self.isShownLater = isShownLater
    self.isNewMarker = isNewMarker
  }
}
