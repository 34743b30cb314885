import BudgetModel
import Foundation

/// The data tables of `Mappings/`: organizations, units, eras and phase markers.
public struct MappingTables: Sendable, Hashable {
  public struct OrganizationEntry: Sendable, Hashable {
    public var organization: Organization
    /// Texts that identify the organization in a title.
    public var aliases: [String]
  }

  public var organizations: [OrganizationEntry]
  /// Unit as printed → power of ten in yen.
  public var units: [String: Int]
  /// Era name → Gregorian year of its first year.
  public var eras: [String: Int]
  /// Phase markers → budget stages, in file order (the first that matches a title wins).
  public var phases: [PhaseRule]
  /// The declared version (`Mappings/VERSION`).
  public var version: String
  /// SHA-256 (hex) of the files the tables were read from: each of ``fileNames`` as its name,
  /// a NUL and its bytes (none when missing). Empty for tables not read from a folder.
  public private(set) var filesSHA256 = ""

  public init(
    organizations: [OrganizationEntry], units: [String: Int], eras: [String: Int],
    phases: [PhaseRule], version: String
  ) {
    self.organizations = organizations
    self.units = units
    self.eras = eras
    self.phases = phases
    self.version = version
  }

  public static func == (a: MappingTables, b: MappingTables) -> Bool {
    a.organizations == b.organizations && a.units == b.units && a.eras == b.eras
      && a.phases == b.phases && a.version == b.version
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(version)
    hasher.combine(units)
  }

  /// The phase values of the Fiscal Data Package.
  public static let fiscalDataPackagePhases = ["proposed", "approved", "adjusted", "executed"]

  /// The files the tables are read from, in a fixed order (for hashing).
  public static let fileNames = [
    "VERSION", "organizations.tsv", "units.tsv", "eras.tsv", "phases.tsv",
  ]

  /// Reads the tables from a `Mappings` directory.
  public init(directory: URL) throws {
    var read: [String: [UInt8]] = [:]  // each file is read once: parsed and hashed
    func rows(_ name: String, columns: Int) throws -> [(Int, [String])] {
      let url = directory.appendingPathComponent(name)
      guard let data = try? Data(contentsOf: url) else {
        throw BudgetTransformError.mapping(file: url.path, line: 0, message: "cannot read the file")
      }
      read[name] = Array(data)
      return try Self.rows(Array(data), file: url.path, columns: columns)
    }
    read["VERSION"] = (try? Data(contentsOf: directory.appendingPathComponent("VERSION"))).map(
      Array.init)
    let version =
      read["VERSION"].map { Self.trimmed(String(decoding: $0, as: UTF8.self)) } ?? "unversioned"
    var organizations: [OrganizationEntry] = []
    for (number, c) in try rows("organizations.tsv", columns: 4) {
      guard Self.isCode(c[0], hyphenated: false) else {
        throw BudgetTransformError.mapping(
          file: "organizations.tsv", line: number, message: "code must be ASCII [a-z0-9-]")
      }
      let corporate = c[3].isEmpty ? nil : c[3]
      if let corporate, corporate.count != 13 || !corporate.allSatisfy(\.isASCII) {
        throw BudgetTransformError.mapping(
          file: "organizations.tsv", line: number, message: "法人番号 must have 13 digits")
      }
      let aliases =
        (c.count > 4 && !c[4].isEmpty ? c[4].split(separator: "|").map(String.init) : []) + [c[1]]
      organizations.append(
        OrganizationEntry(
          organization: Organization(
            code: c[0], nameJa: c[1], nameEn: c[2], corporateNumber: corporate),
          aliases: aliases))
    }
    var units: [String: Int] = [:]
    for (number, c) in try rows("units.tsv", columns: 2) {
      guard let p = Int(c[1]) else {
        throw BudgetTransformError.mapping(
          file: "units.tsv", line: number, message: "power of ten must be an integer")
      }
      units[c[0]] = p
    }
    var eras: [String: Int] = [:]
    for (number, c) in try rows("eras.tsv", columns: 2) {
      guard let y = Int(c[1]) else {
        throw BudgetTransformError.mapping(
          file: "eras.tsv", line: number, message: "first year must be an integer")
      }
      eras[c[0]] = y
    }
    let phases = try Self.phaseRules(try rows("phases.tsv", columns: 6))
    self.init(
      organizations: organizations, units: units, eras: eras, phases: phases, version: version)
    filesSHA256 = SHA256.hex(Self.fileNames.flatMap { Array($0.utf8) + [0] + (read[$0] ?? []) })
  }

  /// The rows of `phases.tsv`: marker, code, Fiscal Data Package phase, OpenBudgets.eu code,
  /// Japanese and English names, and optionally what the document's own amounts are (empty:
  /// the stage's budget; `request`: a request for it).
  static func phaseRules(_ rows: [(Int, [String])]) throws -> [PhaseRule] {
    var phases: [PhaseRule] = []
    for (number, c) in rows {
      guard Self.fiscalDataPackagePhases.contains(c[2]) else {
        throw BudgetTransformError.mapping(
          file: "phases.tsv", line: number,
          message:
            "unknown Fiscal Data Package phase \(c[2]) (expected one of \(Self.fiscalDataPackagePhases.joined(separator: ", ")))"
        )
      }
      guard Self.isCode(PhaseRule.filling(c[1], with: "1"), hyphenated: true) else {
        throw BudgetTransformError.mapping(
          file: "phases.tsv", line: number, message: "code must be ASCII [a-z0-9-]")
      }
      let amounts = c.count > 6 ? c[6] : ""
      guard amounts.isEmpty || amounts == "request" else {
        throw BudgetTransformError.mapping(
          file: "phases.tsv", line: number,
          message: "unknown amounts \(amounts) (expected request or an empty cell)")
      }
      let phase = BudgetPhase(
        code: c[1], fiscalDataPackagePhase: c[2], openBudgetsPhase: c[3].isEmpty ? nil : c[3],
        nameJa: c[4], nameEn: c[5], requested: amounts == "request")
      phases.append(PhaseRule(marker: c[0], phase: phase))
    }
    return phases
  }
}
