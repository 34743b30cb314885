import BudgetModel

extension TableSchema {
  /// The columns of `findings.csv`, each with the value it reads from a row.
  static let findingsFields: [TableField<Finding>] = [
    Column(
      name: "severity", title: "重要度", type: .string, description: "info or warning.",
      required: true, allowedValues: ["info", "warning"],
      propertyURL: Term.iri(of: "severity")
    )
    .reading { finding, _ in .text(finding.severity.rawValue) },
    Column(
      name: "code", title: "種別コード", type: .string,
      description: "Machine-readable kind, e.g. overview_detail_mismatch, children_sum_mismatch.",
      required: true, propertyURL: Term.iri(of: "findingCode")
    )
    .reading { finding, _ in .text(finding.code.rawValue) },
    Column(
      name: "subject_id", title: "対象ID", type: .string,
      description: "The id of the item, expense or summary row concerned; empty if none.",
      propertyURL: Term.iri(of: "subjectId")
    )
    .reading { finding, _ in .text(finding.subjectId) },
    amountColumn(
      "expected_jpy", title: "期待値（円）",
      description: "Expected amount in yen, when amounts are compared.",
      property: Term.iri(of: "expectedAmount")
    )
    .reading { finding, _ in .integer(finding.expectedJPY) },
    amountColumn(
      "actual_jpy", title: "実際値（円）",
      description: "Actual amount in yen, when amounts are compared.",
      property: Term.iri(of: "actualAmount")
    )
    .reading { finding, _ in .integer(finding.actualJPY) },
    Column(
      name: "lines", title: "記載行", type: .string,
      description:
        "All source lines involved, separated by single spaces, e.g. 43 120 (CSVW: a list of integers).",
      propertyURL: Term.iri(of: "sourceLine"), separator: " ", listItemType: .integer,
      pattern: "[0-9]+( [0-9]+)*"
    )
    .reading { finding, _ in
      .text(finding.lines.isEmpty ? nil : finding.lines.map(String.init).joined(separator: " "))
    },
    Column(
      name: "message", title: "内容", type: .string, description: "Human-readable explanation.",
      required: true, propertyURL: Term.iri(of: "message")
    )
    .reading { finding, _ in .text(finding.message) },
  ]
}
