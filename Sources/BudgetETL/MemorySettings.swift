#if canImport(Glibc)
  import Glibc
#endif

/// The process's allocator settings (issue #24, branch `perf8`; Docs/performance.md, "The csv
/// path's sys time"). glibc returns freed memory to the kernel as soon as the free space at the
/// top of a heap passes the trim threshold (128 KB, raised only as large blocks are freed), and
/// serves blocks over the mmap threshold with a fresh `mmap` each time. A run builds and frees
/// the same few buffers per document (the exports' bytes, up to 370 KB each), so it faulted in
/// fresh zeroed pages again for every document: 71,000 minor page faults for 200 documents of
/// all formats (4% of the run's CPU in the kernel's fault path on this virtual machine, where a
/// page the guest had freed is reported to the host and costs a host fault when touched again).
/// Keeping what was freed (up to 256 MB at a heap's top) and serving blocks up to 32 MB from the
/// heaps lets the next document reuse the same pages: 6,000 faults. Peak RSS is what the run
/// used at most, as before; only the return of that memory before exit is given up.
public enum MemorySettings {
  /// glibc's `mallopt` parameters (`malloc.h`, not exported by Swift's Glibc module).
  static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
  static let topPad: Int32 = -2  // M_TOP_PAD
  static let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD

  /// Sets the three parameters; returns false where `mallopt` is missing or refuses one (the
  /// defaults then stay: slower, never wrong).
  @discardableResult
  public static func keepFreedMemory() -> Bool {
    #if canImport(Glibc)
      typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
      guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "mallopt") else {
        return false
      }
      let mallopt = unsafeBitCast(symbol, to: MallOpt.self)
      // 32 MB is glibc's largest mmap threshold on 64-bit (HEAP_MAX_SIZE / 2).
      let results = [
        mallopt(mmapThreshold, 32 << 20), mallopt(trimThreshold, 256 << 20),
        mallopt(topPad, 16 << 20),
      ]
      return results.allSatisfy { $0 == 1 }
    #else
      return false
    #endif
  }
}
