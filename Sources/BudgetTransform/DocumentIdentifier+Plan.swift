import BudgetModel
import Foundation

/// The 地方財政計画 (Local Government Finance Plan): the Cabinet's estimate of the revenue and
/// spending of all local governments for a year (`地方財政計画の規模` 85兆円, `地方税`,
/// `地方交付税`, `一般財源総額`), decided with the 政府案 of the budget and submitted to the
/// Diet. It is no ministry's budget: published by 総務省's 自治財政局, its figures exported under
/// `soumu` would add 85兆円 to 総務省's budget for anyone who sums by ministry. It is its own
/// organization (`planCode` in `Mappings/organizations.tsv`), named only by a title that is the
/// plan's and nothing else (`平成27年度地方財政計画の概要`, spaced or not); a ministry's document
/// that mentions the plan (`総務省所管予算の概要` with a `地方財政計画` section) stays that
/// ministry's: the plan's name is no alias matched inside other titles (`organization(in:)`).
extension DocumentIdentifier {
  static let planCode = "chiho"
  static let planName = "地方財政計画"
  /// What may follow the plan's name in its own title.
  static let planTitleEndings = ["", "の概要", "の概要について", "について", "のポイント", "の説明"]

  /// The plan's organization when `text` is the plan's title: a fiscal year printed first
  /// (`平成27年度`), then `地方財政計画` and one of `planTitleEndings`, nothing else.
  func planOrganization(_ text: String) -> Organization? {
    let compact = text.precomposedStringWithCompatibilityMapping.filter {
      $0 != " " && $0 != "\u{3000}"
    }
    guard let range = compact.range(of: Self.planName),
      Self.planTitleEndings.contains(String(compact[range.upperBound...]))
    else { return nil }
    let year = String(compact[..<range.lowerBound])
    guard let match = eras.matches(in: year).first, match.isFiscalYear, year.hasSuffix("年度"),
      eras.matches(in: year).count == 1, year.hasPrefix(match.label.prefix(2))
    else { return nil }
    return mappings.organizations.first { $0.organization.code == Self.planCode }?.organization
  }

  /// The plan's phase: decided by the Cabinet with the 政府案 and submitted to the Diet, it is
  /// the draft's (`proposal`) unless its title prints a stage of its own (then `phase(in:)`).
  func planPhase(_ organization: Organization) -> (BudgetPhase, String)? {
    guard organization.code == Self.planCode else { return nil }
    return mappings.phases.first { $0.phase.code == "proposal" && !$0.phase.isRequested }
      .map { ($0.phase, "") }
  }
}
