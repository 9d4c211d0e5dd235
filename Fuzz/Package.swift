// swift-tools-version: 6.1
import PackageDescription

// The fuzzers, kept apart from the main build: libFuzzer targets built with Swift's `-sanitize=fuzzer,address`.
// `scripts/fuzz.sh fuzz-frames 600` builds and runs one (see README, "Fuzzing"); by hand:
// `swift build -c release --package-path Fuzz --product fuzz-frames -Xswiftc -sanitize=fuzzer,address`.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CYPHubFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "CYPHub", path: ".."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // libFuzzer's driver, called from each target's `main` (SwiftPM links the executable's own `main`).
        .target(name: "CLibFuzzer"),
        // What the targets share: the driver, reading the fuzzer's bytes, a host with every module.
        .target(
            name: "FuzzSupport",
            dependencies: [
                "CLibFuzzer",
                .product(name: "CYPHubHost", package: "CYPHub"),
                .product(name: "CYPHubModules", package: "CYPHub"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The frame decoder as the host's pipeline runs it, and what the host and client decode from each frame.
        .executableTarget(
            name: "fuzz-frames",
            dependencies: [
                "FuzzSupport",
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubWire", package: "CYPHub"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Every registered method's request decoding: protobuf-c unpack and the Swift mapping.
        .executableTarget(
            name: "fuzz-requests",
            dependencies: [
                "FuzzSupport",
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubHost", package: "CYPHub"),
                .product(name: "CYPHubModules", package: "CYPHub"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Every CSV import dataset of every module, through the module's import method on an in-memory database.
        .executableTarget(
            name: "fuzz-imports",
            dependencies: [
                "FuzzSupport",
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubHost", package: "CYPHub"),
                .product(name: "CYPHubModules", package: "CYPHub"),
                .product(name: "CYPHubWire", package: "CYPHub"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
