import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The one place an error becomes the sentence a user reads, made when it is printed. A
/// document's failure (``DocumentFailure``) is its stage error's sentence led by the input's
/// path, unless the error names that input already (``StageError/namedInput``); the tool's own
/// errors are ``StageError``s; Foundation's file errors are translated from their Cocoa code and
/// underlying `errno` into words with the path, so no `Error Domain=NSCocoaErrorDomain
/// Code=516 …` ever reaches a log.
public enum FailureText {
  /// The sentence for any error.
  public static func of(_ error: any Error) -> String {
    if let failure = error as? DocumentFailure {
      let text = of(failure.underlying)
      return failure.underlyingNamesInput ? text : "\(failure.input): \(text)"
    }
    if let stage = error as? any StageError { return stage.sentence }
    let ns = error as NSError
    if ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain {
      let reason = reason(error)
      guard
        let path = ns.userInfo[NSFilePathErrorKey] as? String
          ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
      else { return reason }
      return "\(path): \(reason)"
    }
    if let described = (error as? LocalizedError)?.errorDescription { return described }
    return String(describing: error)  // the `description` of a CustomStringConvertible error
  }

  /// The path an error's sentence begins with: a stage error's input, a Foundation file
  /// error's file; nil when it names none.
  static func namedPath(_ error: any Error) -> String? {
    if let failure = error as? DocumentFailure { return failure.input }
    if let stage = error as? any StageError { return stage.namedInput }
    let ns = error as NSError
    guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
    return ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
  }

  /// Why a Foundation file operation failed, in words, without the path.
  public static func reason(_ error: any Error) -> String {
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return posix(Int32(ns.code)) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
      let posixError = underlying as NSError
      if posixError.domain == NSPOSIXErrorDomain { return posix(Int32(posixError.code)) }
    }
    guard ns.domain == NSCocoaErrorDomain else { return of(error) }
    switch ns.code {
    case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue:
      return posix(ENOENT)
    case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue:
      return posix(EACCES)
    case CocoaError.fileWriteFileExists.rawValue: return posix(EEXIST)
    case CocoaError.fileWriteOutOfSpace.rawValue: return posix(ENOSPC)
    case CocoaError.fileWriteVolumeReadOnly.rawValue: return posix(EROFS)
    case CocoaError.fileReadTooLarge.rawValue: return "the file is too large to read"
    case CocoaError.fileReadInvalidFileName.rawValue, CocoaError.fileWriteInvalidFileName.rawValue:
      return "the file name is not valid"
    case CocoaError.fileReadCorruptFile.rawValue: return "the file is not in the expected format"
    case CocoaError.fileReadInapplicableStringEncoding.rawValue,
      CocoaError.fileWriteInapplicableStringEncoding.rawValue:
      return "the text is not in the expected encoding"
    case 256...511: return "cannot read (file system error \(ns.code))"
    default: return "cannot write (file system error \(ns.code))"
    }
  }

  /// An `errno` value in words: the C library's wording, made plainer where it is terse.
  public static func posix(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "permission denied"
    case ENOENT: "no such file or folder"
    case ENOTDIR: "a part of the path is a file, not a folder"
    case EISDIR: "is a folder, not a file"
    case EEXIST: "a file with that name already exists"
    case ENOSPC: "no space left on the device (disk full)"
    case EDQUOT: "disk quota exceeded"
    case EROFS: "the file system is read-only"
    case ENXIO: "no such device (a socket or a device without a driver)"
    default: String(cString: strerror(code))
    }
  }
}
