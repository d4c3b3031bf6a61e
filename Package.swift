// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "lastmile",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "lastmile", targets: ["lastmile"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
  ],
  targets: [
    .target(
      name: "LastmileCore",
      resources: [.embedInCode("Resources/holidays-cn.txt")]
    ),
    .target(
      name: "LastmileStore",
      dependencies: [
        "LastmileCore", "LastmileRules", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]
    ),
    .target(name: "LastmileDemo", dependencies: ["LastmileCore", "LastmileStore"]),
    .target(
      name: "LastmileRules",
      dependencies: ["LastmileCore", .product(name: "TOMLKit", package: "TOMLKit")],
      resources: [.embedInCode("Resources/rules.toml")]
    ),
    .target(
      name: "CNCurses",
      linkerSettings: [.linkedLibrary("ncursesw")]
    ),
    .target(name: "TerminalKit", dependencies: ["CNCurses"]),
    .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
    .target(
      name: "LastmileSync",
      dependencies: [
        "LastmileCore", "LastmileStore", "CZlib", .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]
    ),
    .target(
      name: "LastmileApp",
      dependencies: [
        "LastmileCore", "LastmileStore", "LastmileSync", "LastmileDemo", "TerminalKit",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ],
      resources: [
        .embedInCode("Resources/default.keymap"),
        .embedInCode("Resources/vim.keymap"),
        .embedInCode("Resources/emacs.keymap"),
      ]
    ),
    .target(
      name: "LastmileBench",
      dependencies: [
        "LastmileCore", "LastmileStore", "LastmileApp", "LastmileRules", "TerminalKit",
        "LastmileSync", .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .executableTarget(
      name: "lastmile",
      dependencies: [
        "LastmileCore", "LastmileStore", "LastmileDemo", "LastmileApp", "LastmileBench",
        "LastmileRules", "LastmileSync",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(
      name: "TestSupport",
      dependencies: ["LastmileCore", "LastmileStore", "LastmileDemo"],
      path: "Tests/TestSupport"
    ),
    .testTarget(name: "LastmileCoreTests", dependencies: ["LastmileCore", "TestSupport"]),
    .testTarget(name: "LastmileRulesTests", dependencies: ["LastmileRules", "TestSupport"]),
    .testTarget(
      name: "LastmileStoreTests",
      dependencies: [
        "LastmileStore", "TestSupport", .product(name: "Crypto", package: "swift-crypto"),
      ],
      exclude: ["Schema"]),
    .testTarget(
      name: "LastmileDemoTests",
      dependencies: [
        "LastmileDemo", "LastmileStore", "LastmileRules", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"]),
    .testTarget(
      name: "LastmileSyncTests",
      dependencies: [
        "LastmileSync", "LastmileCore", "LastmileStore", "TestSupport",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "LastmileAppTests", dependencies: ["LastmileApp", "LastmileSync", "TestSupport"],
      exclude: ["Frames"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["lastmile", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
    ),
  ],
  swiftLanguageModes: [.v6]
)
