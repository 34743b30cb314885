import BudgetModel

/// The layouts the extractor knows, in order of preference when scores tie.
public enum DocumentLayouts {
  public static let all: [any DocumentLayout] = [SoumuOverviewLayout(), GenericLayout()]

  /// The layout that fits `lines` best (the first one when none fits at all, so the
  /// document is still read and every line with a figure is reported).
  public static func best(for lines: [Line]) -> any DocumentLayout {
    var best = all[0]
    var bestScore = 0
    for layout in all {
      let score = layout.detect(lines)
      if score > bestScore {
        best = layout
        bestScore = score
      }
    }
    return best
  }
}
