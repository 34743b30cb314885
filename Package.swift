// swift-tools-version:6.0
import PackageDescription

// The dependency graph is the architecture:
//   BudgetModel  <-  BudgetExtract, BudgetTransform, BudgetLoad, BudgetXML  <-  BudgetETL  <-  budget-etl
// Stages depend on the shared model only, never on each other. Only BudgetXML sees libxml2;
// only the executable sees argument parsing and logging back-ends.
let package = Package(
  name: "budget-etl",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "budget-etl", targets: ["budget-etl"]),
    .library(name: "BudgetETL", targets: ["BudgetETL"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
  ],
  targets: [
    .target(
      name: "BudgetModel", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
    // fork/exec of helper programs (pdftotext) with PR_SET_PDEATHSIG, RLIMIT_AS and a process
    // group of their own, which posix_spawn cannot set; used by BudgetExtract's ChildProcess.
    .target(name: "CChildProcess"),
    .target(name: "BudgetExtract", dependencies: ["BudgetModel", "CChildProcess"]),
    .target(name: "BudgetTransform", dependencies: ["BudgetModel"]),
    .target(name: "BudgetLoad", dependencies: ["BudgetModel"], resources: [.copy("Resources")]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .target(
      name: "BudgetXML", dependencies: ["BudgetModel", "CLibXML2"],
      resources: [.copy("Schema")]),
    // The archive of every export (budget.sqlite, all/*.csv), read back from the published
    // files; only it sees the system libsqlite3.
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
    .target(
      name: "BudgetArchive",
      dependencies: ["CSQLite", .product(name: "Crypto", package: "swift-crypto")]),
    .target(
      name: "BudgetETL",
      dependencies: [
        "BudgetModel", "BudgetExtract", "BudgetTransform", "BudgetLoad", "BudgetXML",
        "BudgetArchive",
        .product(name: "Logging", package: "swift-log"),
        .product(name: "SystemPackage", package: "swift-system"),
      ]),
    .executableTarget(
      name: "budget-etl",
      dependencies: [
        "BudgetETL", "BudgetExtract", "BudgetTransform", "BudgetLoad", "BudgetXML", "BudgetModel",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // libFuzzer target over extract → transform → export (`make fuzz`); built normally it
    // replays the files it is given.
    .executableTarget(name: "budget-etl-fuzz", dependencies: ["BudgetETL"], path: "Fuzz/Target"),
    // Golden-file helper and the fixtures built from the sample (extract → transform),
    // shared by the test targets.
    .target(
      name: "BudgetTestSupport", dependencies: ["BudgetModel", "BudgetExtract", "BudgetTransform"],
      path: "Tests/BudgetTestSupport"),
    .testTarget(name: "BudgetExtractTests", dependencies: ["BudgetExtract", "BudgetModel"]),
    .testTarget(
      name: "BudgetTransformTests",
      dependencies: ["BudgetTransform", "BudgetExtract", "BudgetModel", "BudgetTestSupport"]),
    .testTarget(
      name: "BudgetLoadTests", dependencies: ["BudgetLoad", "BudgetModel", "BudgetTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "BudgetXMLTests", dependencies: ["BudgetXML", "BudgetModel", "BudgetTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "BudgetETLTests",
      dependencies: [
        "BudgetETL", "BudgetModel", "BudgetLoad", "BudgetXML", "BudgetTransform",
        "BudgetTestSupport",
      ],
      exclude: ["Snapshots"]),
    .testTarget(name: "BudgetArchiveTests", dependencies: ["BudgetArchive", "BudgetETL"]),
    .testTarget(name: "EndToEndTests", dependencies: ["BudgetETL", "budget-etl"]),
  ]
)
