import BudgetModel

/// Where the same item of one ministry's documents is found across fiscal years and phases:
/// the archive's matching rule, same code (`1.(2)`) and same title. Each item row of a
/// document page links to its row in the ministry's series page (`series/<ministry>.html`),
/// which links back to the item in every document that has it.
///
/// A document page is written before the other documents are known (and is checksummed by
/// its manifest), so it links to the series page, which the top-level catalog rebuilds from
/// every document after each run.
public enum ItemSeries {
  /// The folder of the series pages at the top of an export folder.
  public static let folderName = "series"

  /// The page of a ministry's item series, relative to the export folder.
  public static func pageName(ministryCode code: String) -> String {
    folderName + "/" + fileStem(code) + ".html"
  }

  /// The code itself when it is a plain name (`soumu`), else a name made from its hash.
  static func fileStem(_ code: String) -> String {
    let plain =
      !code.isEmpty && code.utf8.count <= 64 && !code.hasPrefix("-")
      && code.utf8.allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A)
          || $0 == 0x2D || $0 == 0x5F
      }
    return plain ? code : "m-" + SHA256.hex(Array(code.utf8)).prefix(16)
  }

  /// The id of an item's row on the series page: the same for every document's item of that
  /// code and title.
  static func anchor(code: String, title: String) -> String {
    "k-" + SHA256.hex(Array((code + "\u{1F}" + title).utf8)).prefix(16)
  }

  /// The link from a document page (one folder down) to an item's series.
  static func link(ministryCode: String, code: String, title: String) -> String {
    "../" + pageName(ministryCode: ministryCode) + "#" + anchor(code: code, title: title)
  }
}
