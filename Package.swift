// swift-tools-version:6.0
import PackageDescription

// Targets follow ../shared/ARCHITECTURE.md: domain modules in the middle, I/O at the edges,
// a thin executable on top. Later issues add MailTransport, Desk, Store, Diagnostics, Reports.
let package = Package(
    name: "ChargeDesk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chargedesk", targets: ["chargedesk"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
    ],
    targets: [
        // libcurl through pkg-config, with a shim header of non-variadic wrappers.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(name: "Mail"),
        .target(name: "Extraction", dependencies: ["Mail"]),
        .target(name: "MailTransport", dependencies: ["CCurl", "Mail"]),
        .target(name: "Desk", dependencies: ["Extraction", "Mail"]),
        .target(name: "Store", dependencies: ["Desk", "Extraction", .product(name: "GRDB", package: "GRDB.swift")]),
        // OCPP 1.6J central system: the message grammar is pure; the server is Hummingbird WebSocket.
        .target(name: "Diagnostics", dependencies: ["Desk", "Store",
                                                    .product(name: "Hummingbird", package: "hummingbird"),
                                                    .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket")]),
        .target(name: "ChargeDeskService", dependencies: ["Diagnostics", "Mail", "MailTransport", "Extraction", "Desk", "Store",
                                                  .product(name: "Mustache", package: "swift-mustache"),
                                                  .product(name: "Yams", package: "Yams")]),
        .executableTarget(
            name: "chargedesk",
            dependencies: [
                "ChargeDeskService",
                "Diagnostics",
                "Desk",
                "Store",
                "Extraction",
                "MailTransport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CCurlTests", dependencies: ["CCurl"]),
        .testTarget(name: "MailTests", dependencies: ["Mail"]),
        // Test support: a private Dovecot on loopback, shared by the test targets that need one.
        .target(name: "ChargeDeskTestSupport", path: "Tests/Support", exclude: ["smtp_sink.py", "ocpp_charger.py", "ocpp_probe.py"]),
        .testTarget(name: "MailTransportTests", dependencies: ["MailTransport", "Mail", "ChargeDeskTestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Mail"]),
        .testTarget(name: "DeskTests", dependencies: ["Desk", "Extraction", "Mail"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Desk", "Extraction", "Mail", "ChargeDeskService",
                                                     .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "Store", "Desk", "Extraction", "ChargeDeskTestSupport"]),
        .testTarget(name: "ChargeDeskServiceTests", dependencies: ["ChargeDeskService", "Extraction", "Mail", "Store", "MailTransport", "Desk", "ChargeDeskTestSupport"],
                    exclude: ["check_sent_mail.py"]),
    ]
)
