#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strict byte-encoding conversion through the C library's iconv, shared by the extract stage
/// (reading CP932 input) and the load stage (writing CP932 CSVs). Nothing is ever replaced:
/// the first byte that cannot be converted stops the conversion and is reported by offset.
public enum Iconv {
  /// Why a conversion stopped.
  public enum Failure: Error, Equatable, Sendable {
    /// The C library has no converter between the two encodings.
    case unavailable(from: String, to: String)
    /// The input byte at `offset` cannot be converted (invalid or not representable).
    case stopped(offset: Int)
  }

  /// Converts `input` from the encoding `source` to `target` (iconv names, e.g. `CP932`).
  public static func convert(_ input: [UInt8], from source: String, to target: String)
    -> Result<[UInt8], Failure>
  {
    let descriptor = iconv_open(target, source)
    guard let descriptor, Int(bitPattern: descriptor) != -1 else {
      return .failure(.unavailable(from: source, to: target))
    }
    defer { iconv_close(descriptor) }
    if input.isEmpty { return .success([]) }
    var inputBytes = input
    // UTF-8 → CP932 never grows; CP932 → UTF-8 at most triples (half-width katakana).
    var outputBytes = [UInt8](repeating: 0, count: input.count * 4 + 16)
    var inputLeft = inputBytes.count
    var outputLeft = outputBytes.count
    var failed = false
    inputBytes.withUnsafeMutableBytes { inBuffer in
      outputBytes.withUnsafeMutableBytes { outBuffer in
        var inPointer = inBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        var outPointer = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
        if iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outputLeft) == -1
          || iconv(descriptor, nil, nil, &outPointer, &outputLeft) == -1
        {
          failed = true
        }
      }
    }
    if failed || inputLeft > 0 { return .failure(.stopped(offset: input.count - inputLeft)) }
    return .success(Array(outputBytes.prefix(outputBytes.count - outputLeft)))
  }
}
