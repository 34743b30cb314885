import BudgetModel
import Foundation

/// The issuer's line naming its office after the organization (`内閣官房 国土強靱化推進室`,
/// national-r2 国土強靱化関係予算案の概要): like an organization's name alone, it says who wrote a
/// document about a theme of every ministry's budget (`…関係予算`), not whose budget it is.
extension DocumentIdentifier {
  static let officeEndings = ["推進室", "事務局", "本部", "室", "局", "部", "課"]

  /// An organization's name, then a short office name ending as an office does, nothing else.
  func isIssuerOfficeLine(_ text: String) -> Bool {
    let compact = text.precomposedStringWithCompatibilityMapping.filter {
      $0 != " " && $0 != "\u{3000}"
    }
    guard !compact.contains(where: \.isNumber) else { return false }
    return mappings.organizations.contains { entry in
      entry.aliases.contains { alias in
        guard compact.hasPrefix(alias) else { return false }
        let office = compact.dropFirst(alias.count)
        return (2...12).contains(office.count)
          && Self.officeEndings.contains { office.hasSuffix($0) }
          && !office.contains("予算") && !office.contains("年度")
      }
    }
  }
}
