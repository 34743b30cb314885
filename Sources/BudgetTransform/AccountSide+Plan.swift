/// The sides of the 地方財政計画 (`DocumentIdentifier.planCode`): the plan is the account of all
/// local governments, so what the state pays out (`地方交付税`, `地方譲与税`) is their revenue
/// there, as are their own taxes, bonds and general revenue (`一般財源総額`); in a ministry's
/// document the same words are spending (`isRevenue`). `財源不足額` (the shortfall the revenue
/// leaves) and `地方財政計画の規模` (both sides' total) name no side: spending, as by default.
extension AccountSide {
  static let planRevenueWords = [
    "地方税", "譲与税", "交付税", "交付金", "地方債", "財政対策債", "一般財源",
    // `一般財源総額` / `・水準超経費除き`: the plan's general revenue without what funds the
    // spending above the standard level, always printed under it.
    "水準超経費除き",
  ]

  /// Whether a label of the plan names a revenue of local governments.
  static func isPlanRevenue(_ label: String) -> Bool {
    let words = bareLabel(label)
    return planRevenueWords.contains(where: words.contains) && !words.contains("不足")
  }
}
