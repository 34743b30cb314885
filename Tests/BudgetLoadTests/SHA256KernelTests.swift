@testable import BudgetModel
import Testing

/// The SHA-extension kernel and the portable code agree on every length around block edges.
@Suite(.serialized) struct SHA256KernelTests {
  @Test func hardwareAndPortableAgree() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 4096, 100_003] {
      let bytes = (0..<length).map { _ -> UInt8 in
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: seed >> 33)
      }
      SHA256.forcePortable = true
      let portable = SHA256.hex(bytes)
      SHA256.forcePortable = false
      let fast = SHA256.hex(bytes)
      #expect(portable == fast, "length \(length)")
    }
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  @Test func exportFileCarriesItsDigest() {
    let file = ExportFile(name: "a.txt", text: "abc", mediaType: "text/plain")
    #expect(file.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }
}
