/// The text encoding of the CSV files.
///
/// - `utf8` (default): UTF-8 without a byte order mark, media type `text/csv; charset=utf-8`.
/// - `utf8BOM`: UTF-8 with a leading byte order mark (`EF BB BF`) so that Excel recognises
///   UTF-8 on double-click; the media type stays `text/csv; charset=utf-8` (the BOM is a
///   signature, not a different charset).
/// - `cp932`: Windows code page 932 (Microsoft's Shift_JIS), converted with the C library's
///   iconv. A character CP932 cannot hold is an error (``BudgetLoadError/unencodableCharacter(file:row:column:columnNumber:character:encoding:)``),
///   never replaced. The media type is `text/csv; charset=Shift_JIS`: the IANA name
///   `Windows-31J` is exact but hardly supported, and the WHATWG Encoding Standard decodes
///   the label `Shift_JIS` with the CP932 table. The JSON metadata always stays UTF-8.
public enum CSVEncoding: String, Sendable, Hashable, CaseIterable, Codable {
  case utf8 = "utf-8"
  case utf8BOM = "utf-8-bom"
  case cp932 = "cp932"

  /// The media type of a CSV file in this encoding.
  public var mediaType: String {
    switch self {
    case .utf8, .utf8BOM: "text/csv; charset=utf-8"
    case .cp932: "text/csv; charset=Shift_JIS"
    }
  }

  /// The `encoding` of a Frictionless resource: a name Python's codec registry (and so
  /// frictionless-py) accepts — `utf-8`, `utf-8-sig` (UTF-8 with BOM) or `cp932`.
  public var frictionlessName: String {
    switch self {
    case .utf8: "utf-8"
    case .utf8BOM: "utf-8-sig"
    case .cp932: "cp932"
    }
  }

  /// The `encoding` of a CSVW dialect: a WHATWG Encoding Standard label. CSVW processors
  /// skip a UTF-8 BOM by themselves, and the WHATWG `shift_jis` decoder is CP932.
  public var csvwName: String {
    switch self {
    case .utf8, .utf8BOM: "utf-8"
    case .cp932: "shift_jis"
    }
  }

  /// The iconv name of the encoding.
  var iconvName: String {
    switch self {
    case .utf8, .utf8BOM: "UTF-8"
    case .cp932: "CP932"
    }
  }
}
