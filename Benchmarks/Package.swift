// swift-tools-version: 6.1
import PackageDescription

// The load benchmark, kept apart from the tests: `swift run -c release --package-path Benchmarks cyphub-bench`.
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
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [
                .enableUpcomingFeature("ExistentialAny"),
                .enableUpcomingFeature("InternalImportsByDefault"),
                .enableUpcomingFeature("MemberImportVisibility"),
            ]
        )
    ]
)
