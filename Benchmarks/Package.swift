// swift-tools-version: 6.1
import PackageDescription

// The benchmarks, kept apart from the tests:
// `swift run -c release --package-path Benchmarks cyphub-bench` (the wire under load) and
// `swift run -c release --package-path Benchmarks records-bench` (a record-level response of 10,000-80,000 rows) and
// `swift run -c release --package-path Benchmarks sufficiency-bench` (a national-scale pupil forecast) and
// `swift run -c release --package-path Benchmarks storage-bench` (80,000 rows in and out, dictionary vs typed rows) and
// `swift run -c release --package-path Benchmarks bulk-bench` (a 100 MB streamed import and a 1,000,000-row snapshot
// published and pulled, against a release `cyphub` in a process of its own);
// `scripts/soak.sh` runs `cyphub-soak` (hundreds of connections, a realistic mix of calls) against a demo host.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "CYPHubBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "CYPHub", path: ".."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .executableTarget(
            name: "cyphub-bench",
            dependencies: [
                .product(name: "CYPHubHost", package: "CYPHub"),
                .product(name: "CYPHubClient", package: "CYPHub"),
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubWire", package: "CYPHub"),
                .product(name: "CYPHubTesting", package: "CYPHub"),
                .product(name: "IndicatorsModule", package: "CYPHub"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "cyphub-soak",
            dependencies: [
                .product(name: "CYPHubClient", package: "CYPHub"),
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CapitalModule", package: "CYPHub"),
                .product(name: "IndicatorsModule", package: "CYPHub"),
                .product(name: "SENDModule", package: "CYPHub"),
                .product(name: "SocialCareModule", package: "CYPHub"),
                .product(name: "SufficiencyModule", package: "CYPHub"),
                .product(name: "WorkforceModule", package: "CYPHub"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "records-bench",
            dependencies: [
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubTesting", package: "CYPHub"),
                .product(name: "CYPHubClient", package: "CYPHub"),
                .product(name: "SocialCareModule", package: "CYPHub"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "sufficiency-bench",
            dependencies: [
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubHost", package: "CYPHub"),
                .product(name: "CYPHubWire", package: "CYPHub"),
                .product(name: "CYPHubTesting", package: "CYPHub"),
                .product(name: "CapitalModule", package: "CYPHub"),
                .product(name: "SufficiencyModule", package: "CYPHub"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Plain zlib, for bulk-bench to compare with the host's codec on the same bytes.
        .systemLibrary(name: "CBenchZlib", path: "Sources/CBenchZlib"),
        .executableTarget(
            name: "bulk-bench",
            dependencies: [
                "CBenchZlib",
                .product(name: "CYPHubClient", package: "CYPHub"),
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "CYPHubWire", package: "CYPHub"),
                .product(name: "SocialCareModule", package: "CYPHub"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "storage-bench",
            dependencies: [
                .product(name: "CYPHubCore", package: "CYPHub"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
