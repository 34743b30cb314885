import Foundation
import Testing

/// The budget cycle of one ministry and year: the sample's title line rewritten as the August
/// request (概算要求), the December draft (予算(案), the sample itself), the enacted budget and
/// the first supplementary budget, exported side by side in one run.
@Suite struct BudgetStageTests {
  static let draftTitle = "令和6年度 総務省所管予算(案)の概要"

  /// Title as printed → the document id and the stage it must get.
  static let stages: [(title: String, id: String, fdpPhase: String, openBudgets: String?)] = [
    ("令和6年度 総務省所管 概算要求の概要", "jp-soumu-2024-request", "proposed", nil),
    (draftTitle, "jp-soumu-2024-proposal", "proposed", "draft"),
    ("令和6年度 総務省所管予算の概要", "jp-soumu-2024-enacted", "approved", "approved"),
    ("令和6年度 総務省所管補正予算(第1号)の概要", "jp-soumu-2024-supplementary-1", "adjusted", "revised"),
  ]

  @Test func fourStagesExportSideBySide() throws {
    #expect(Corpus.sample.contains(Self.draftTitle))
    let corpus = try Corpus([], label: "stages")
    defer { corpus.remove() }
    for (index, stage) in Self.stages.enumerated() {
      let text = Corpus.sample.replacingOccurrences(of: Self.draftTitle, with: stage.title)
      try corpus.write(text, as: "stage-\(index).txt")
    }
    let result = try CLIRunner.run(["run", corpus.inputs.path, "--out", corpus.out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("4 exported, 0 unchanged, 0 failed"))
    #expect(Corpus.exportFolders(corpus.out) == Self.stages.map(\.id).sorted())
    for stage in Self.stages {
      let folder = corpus.out.appendingPathComponent(stage.id)
      let manifest = try String(
        contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
      #expect(manifest.contains(#""documentId": "\#(stage.id)""#))
      let package = try String(
        contentsOf: folder.appendingPathComponent("datapackage.json"), encoding: .utf8)
      #expect(package.contains(#""phase": "\#(stage.fdpPhase)""#))
      let stageCode = String(stage.id.dropFirst("jp-soumu-2024-".count))
      let dsd = try String(contentsOf: folder.appendingPathComponent("dsd.jsonld"), encoding: .utf8)
      #expect(dsd.contains("https://budget-etl.example/codelist/budget-phase/\(stageCode)"))
      #expect(dsd.contains(#""skos:notation": "\#(stageCode)""#))
      if let code = stage.openBudgets {
        #expect(dsd.contains("http://data.openbudgets.eu/resource/codelist/budget-phase/\(code)"))
      } else {
        #expect(!dsd.contains("skos:closeMatch"))
      }
      let xml = try String(contentsOf: folder.appendingPathComponent("budget.xml"), encoding: .utf8)
      #expect(xml.contains(">\(stageCode)</phase>"))
      let catalog = try String(
        contentsOf: folder.appendingPathComponent("catalog.jsonld"), encoding: .utf8)
      #expect(catalog.contains(#""@id": "https://budget-etl.example/id/\#(stage.id)""#))
    }
  }
}
