import BudgetModel

/// The sections of a document's `index.html`.
struct DocumentPage {
  var document: BudgetDocument
  /// Whether figures link to `source.html`.
  var linksToSource: Bool

  var info: DocumentInfo { document.info }

  /// The measure of the document's own budget-year amounts (`request` in a request for its
  /// stage's budget, `補正予算要望`: never shown as the enacted budget) and its column heading
  /// (`平成11年度 要求額`).
  var ownMeasure: Measure { info.phase.ownMeasure }
  var ownHeading: String { info.fiscalYearLabel + (info.phase.isRequested ? " 要求額" : "") }

  static let sections: [(id: String, title: String)] = [
    ("totals", "総額"), ("chart", "グラフ"), ("outline", "項目一覧"), ("summary", "総括表"),
    ("filp", "財政投融資"), ("findings", "照合結果"), ("downloads", "ダウンロード"),
  ]

  func header(_ out: inout HTMLOutput) {
    out.open("header")
    out.newline()
    out.element(
      "p", [("class", "kicker")],
      text:
        "\(info.organization.nameJa)・\(info.fiscalYearLabel)（\(info.fiscalYear)年度）・\(info.phase.documentNameJa)"
    )
    out.element("h1", text: info.pageTitle)
    out.newline()
    out.element("dl", [("class", "identity")]) { out in
      term(
        "府省",
        info.organization.nameJa + "（" + info.organization.nameEn + "）"
          + (info.organization.corporateNumber.map { "　法人番号 " + $0 } ?? ""), &out)
      term(
        "年度",
        "\(info.fiscalYearLabel)（\(info.fiscalYear)年度）　前年度 \(info.priorFiscalYearLabel)（\(info.priorFiscalYear)年度）",
        &out)
      term("段階", "\(info.phase.documentNameJa)「\(info.phaseLabel)」（\(info.phase.idPart)）", &out)
      term(
        "公表",
        [info.publicationLabel, info.publicationMonth.map { "（" + $0 + "）" }].compactMap { $0 }
          .joined(), &out)
      out.element("dt", text: "元資料")
      out.element("dd") { out in
        if linksToSource {
          out.element("a", [("href", HTMLExporter.sourcePageName)], text: info.sourceFile)
          out.text("（行番号付きの本文）")
        } else {
          out.text(info.sourceFile)
        }
        out.open("br")
        out.element("span", [("class", "sha")], text: "SHA-256 " + info.sourceSHA256)
      }
      term("文書ID", info.id, &out)
      term("単位", "金額は\(info.statedUnit)（資料の表記）。金額にカーソルを合わせると円単位で表示。各金額は元資料の該当行へのリンク。", &out)
      out.newline()
    }
    out.newline()
    out.element("nav", [("aria-label", "目次")]) { out in
      out.element("ul") { out in
        for (id, title) in Self.sections {
          out.element("li") { out in out.element("a", [("href", "#" + id)], text: title) }
        }
      }
    }
    out.newline()
    out.close("header")
    out.newline()
  }

  func term(_ name: String, _ value: String, _ out: inout HTMLOutput) {
    guard !value.isEmpty else { return }
    out.element("dt", text: name)
    out.element("dd", text: value)
    out.newline()
  }

  func section(_ id: String, _ out: inout HTMLOutput, _ body: (inout HTMLOutput) -> Void) {
    out.element("section", [("id", id), ("aria-labelledby", id + "-h")]) { out in
      out.newline()
      out.element("h2", [("id", id + "-h")], text: Self.sections.first { $0.id == id }?.title ?? id)
      out.newline()
      body(&out)
    }
    out.newline()
  }

  func footer(_ out: inout HTMLOutput) {
    out.element("footer") { out in
      out.element(
        "p", text: "budget-etl が「\(info.sourceFile)」から生成。数値は元資料のとおり（四捨五入のため計が一致しない場合があります）。")
    }
    out.newline()
  }
}
