import BudgetModel

extension DocumentIdentifier {
  /// The organization of a document whose titles and headlines name none, as its tables' total
  /// rows name it (`文部科学省所管合計`, `文部科学省主管合計`: the total of everything under the
  /// ministry's jurisdiction): the label is the organization's name followed straight by
  /// `所管` or `主管` and `合計` or `計`, and every such total of the document names the same
  /// organization. Otherwise nil: `--organization` must say which.
  func totalRowOrganization(_ extracted: ExtractedDocument) -> Organization? {
    var found: [Organization] = []
    for table in extracted.summaryTables {
      for row in table.rows {
        let label = row.label.filter { $0 != " " && $0 != "\u{3000}" }
        guard let suffix = Self.jurisdictionTotals.first(where: label.hasSuffix) else { continue }
        let name = String(label.dropLast(suffix.count))
        guard let organization = organization(in: name),
          let entry = mappings.organizations.first(where: {
            $0.organization.code == organization.code
          }), entry.aliases.contains(name)
        else { return nil }
        found.append(organization)
      }
    }
    guard let first = found.first, found.allSatisfy({ $0.code == first.code }) else { return nil }
    return first
  }

  static let jurisdictionTotals = ["所管合計", "主管合計", "所管計", "主管計"]
}
