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

/// A libFuzzer target using FuzzSupport, CYPHubCore, NIOCore, the `cyphub` products of this repository's package and
/// `others`.
func fuzzTarget(_ name: String, cyphub: [String], others: [Target.Dependency] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "NIOCore", package: "swift-nio")]
            + (["CYPHubCore"] + cyphub).map { .product(name: $0, package: "CYPHub") } + others,
        swiftSettings: swiftSettings
    )
}

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
        fuzzTarget("fuzz-frames", cyphub: ["CYPHubWire"], others: [.product(name: "NIOEmbedded", package: "swift-nio")]),
        // Every registered method's request decoding: protobuf-c unpack and the Swift mapping.
        fuzzTarget("fuzz-requests", cyphub: ["CYPHubHost", "CYPHubModules"]),
        // Every CSV import dataset of every module, through the module's import method on the host's database.
        fuzzTarget("fuzz-imports", cyphub: ["CYPHubHost", "CYPHubModules", "CYPHubWire"]),
    ]
)
