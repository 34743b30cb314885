import BudgetExtract
import BudgetModel
import Foundation
import Testing

/// Encodings a Japanese office produces, and bytes that are not text.
@Suite struct InputDecoderTests {
  static func cp932(_ text: String) -> [UInt8] {
    (try? Iconv.convert(Array(text.utf8), from: "UTF-8", to: "CP932").get()) ?? []
  }

  @Test func sameRecordsFromUTF8BOMCRLFAndCP932() throws {
    let text = String(decoding: SampleDocument.bytes, as: UTF8.self)
    let crlf = [
      "\u{FEFF}".utf8.map { $0 }, Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8),
    ].flatMap { $0 }
    let fromBOM = try Extractor().extract(bytes: crlf, sourceName: "sample.txt")
    #expect(fromBOM.encoding == "utf-8-bom")
    let sjis = Self.cp932(text)
    let fromCP932 = try Extractor().extract(bytes: sjis, sourceName: "sample.txt")
    #expect(fromCP932.encoding == "cp932")
    let base = SampleDocument.extracted
    #expect(fromBOM.details == base.details)
    #expect(fromBOM.expenses == base.expenses)
    #expect(fromCP932.overview == base.overview)
    #expect(fromCP932.filp == base.filp)
    let forced = try Extractor().extract(
      bytes: sjis, sourceName: "s", encoding: InputDecoder.Encoding(name: "shift_jis"))
    #expect(forced.headlines == base.headlines)
  }

  @Test func utf16WithBOMIsRead() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "令和6年度 総務省所管予算(案)の概要\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let doc = try Extractor().extract(bytes: bytes, sourceName: "u16.txt")
    #expect(doc.titles.first?.text == "令和6年度 総務省所管予算(案)の概要")
    #expect(doc.encoding == "utf-16")
  }

  @Test func brokenShiftJISByteNamesItsOffsetAndLine() {
    var bytes = Self.cp932("令和6年度\n総務省\n")
    bytes.insert(0x81, at: bytes.count - 1)  // a lead byte followed by a newline: invalid
    let offset = bytes.count - 2
    #expect(
      throws: BudgetExtractError.undecodableBytes(
        source: "x.txt", encoding: "CP932 (Shift_JIS)", byteOffset: offset, line: 2)
    ) {
      try Extractor().extract(bytes: bytes, sourceName: "x.txt")
    }
  }

  @Test func invalidUTF8WhenToldUTF8() {
    let bytes: [UInt8] = Array("予算\n".utf8) + [0xE3, 0x28, 0x0A]
    #expect(
      throws: BudgetExtractError.undecodableBytes(
        source: "u.txt", encoding: "UTF-8", byteOffset: 7, line: 2)
    ) {
      try Extractor().extract(bytes: bytes, sourceName: "u.txt", encoding: .utf8)
    }
  }

  @Test func emptyAndBinaryInputs() {
    #expect(throws: BudgetExtractError.emptyInput(source: "e.txt")) {
      try Extractor().extract(bytes: Array(" \n\r\n".utf8), sourceName: "e.txt")
    }
    #expect(throws: BudgetExtractError.binaryInput(source: "b.bin", byteOffset: 3)) {
      try Extractor().extract(bytes: [0x89, 0x50, 0x4E, 0x00, 0x47], sourceName: "b.bin")
    }
  }
}
