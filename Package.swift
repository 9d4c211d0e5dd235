// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// Every Swift target builds in Swift 6 language mode with the same upcoming features.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The domain modules compiled into the host: adding a module is one line here, plus its folder
/// (`Sources/Modules/<Folder>`, with its commands in `CLI/`) and its `.proto` (`Proto/cyphub/<folder>/v1/`). Each
/// depends on the core API only, and on the public readers of the modules it `uses`. The host's module list and
/// `cyp`'s command list are generated from this one (the ModuleList build plugin).
let domainModules: [(target: String, folder: String, uses: [String])] = [
    ("SocialCareModule", "SocialCare", []),
    ("IndicatorsModule", "Indicators", []),
    ("SENDModule", "SEND", []),
    // Workforce reuses social care's caseload and supervision computation rather than repeat it.
    ("WorkforceModule", "Workforce", ["SocialCareModule"]),
    ("CapitalModule", "Capital", []),
    // Sufficiency reads the SEND module's EHCP caseload and the capital programme's planned places.
    ("SufficiencyModule", "Sufficiency", ["SENDModule", "CapitalModule"]),
]

/// A module's command-line target: `SocialCareModule` → `SocialCareCLI`.
func commandLineTarget(_ module: String) -> String { String(module.dropLast("Module".count)) + "CLI" }

let package = Package(
    name: "CYPHub",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "cyphub", targets: ["cyphub"]),
        .executable(name: "cyp", targets: ["cyp"]),
        .library(name: "CYPHubClient", targets: ["CYPHubClient"]),
        .library(name: "CYPHubCore", targets: ["CYPHubCore"]),
        .library(name: "CYPHubHost", targets: ["CYPHubHost"]),
        .library(name: "CYPHubWire", targets: ["CYPHubWire"]),
        .library(name: "CYPHubTesting", targets: ["CYPHubTesting"]),
        // Every compiled module, for tools built outside this package (the fuzzers in Fuzz/).
        .library(name: "CYPHubModules", targets: ["CYPHubModules"]),
        .executable(name: "cyphub-protogen", targets: ["cyphub-protogen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        // Metrics: swift-metrics' API, exported in Prometheus text format by swift-prometheus (one registry per host).
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // Configuration: one ConfigReader over the JSON file, environment and command-line providers. JSON is a
        // default trait; the command-line provider is behind the CommandLineArguments trait.
        .package(
            url: "https://github.com/apple/swift-configuration.git", from: "1.4.0",
            traits: [.defaults, "CommandLineArguments"]
        ),
        // TLS on the host's port and in the client (BoringSSL underneath).
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        // Test certificates are made in the tests (CYPHubTesting), never fetched or committed.
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.4"),
    ],
    targets: [
        // MARK: C libraries (only CYPHubWire imports them)
        .target(
            name: "CProtobufC",
            path: "Sources/CProtobufC",
            linkerSettings: [.linkedLibrary("protobuf-c")]
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        // protobuf-c's code for google/protobuf/descriptor.proto: only the Swift generator reads it.
        .target(
            name: "CProtoDescriptor",
            path: "Sources/CProtoDescriptor",
            linkerSettings: [.linkedLibrary("protobuf-c")]
        ),

        // MARK: The Swift generator: messages, enums and typed method descriptors from Proto/
        .executableTarget(
            name: "cyphub-protogen",
            dependencies: ["CProtoDescriptor"],
            swiftSettings: swiftSettings
        ),

        // MARK: Core API: what a domain module sees
        .target(
            name: "CYPHubCore",
            dependencies: [
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Wire protocol, host and client
        .target(
            name: "CYPHubWire",
            dependencies: [
                "CYPHubCore", "CProtobufC", "CZlib",
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CYPHubHost",
            dependencies: [
                "CYPHubCore", "CYPHubWire",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                // SHA-256 of bearer tokens and their random bytes, and of imported files for the audit log.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "CYPHubClient",
            dependencies: [
                "CYPHubCore", "CYPHubWire",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                // SHA-256, to verify snapshot chunks.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Domain modules and the one list of them
        .target(
            name: "CYPHubModules",
            dependencies: ["CYPHubCore"] + domainModules.map { .target(name: $0.target) },
            swiftSettings: swiftSettings,
            plugins: ["ModuleList"]
        ),

        // MARK: What every module's commands share: global options, output, the connection
        .target(
            name: "CYPHubCLI",
            dependencies: [
                "CYPHubClient", "CYPHubCore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Executables
        .executableTarget(
            name: "cyphub",
            dependencies: [
                // CYPHubCLI: `cyphub principals` prints principals as `cyp admin principals` does.
                "CYPHubHost", "CYPHubModules", "CYPHubCore", "CYPHubWire", "CYPHubCLI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "cyp",
            dependencies: [
                "CYPHubCLI", "CYPHubClient", "CYPHubCore", "CYPHubWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + domainModules.map { .target(name: commandLineTarget($0.target)) },
            swiftSettings: swiftSettings,
            plugins: ["ModuleList"]
        ),

        // MARK: Testing support: a real host on a loopback port
        .target(
            name: "CYPHubTesting",
            dependencies: [
                "CYPHubCore", "CYPHubHost", "CYPHubClient", "CYPHubModules", "CYPHubWire",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ],
            swiftSettings: swiftSettings
        ),

        // A host with only the testing module, in a process of its own (tests whose handlers hold a thread).
        .executableTarget(
            name: "cyphub-testing-host",
            dependencies: ["CYPHubTesting", "CYPHubWire", .product(name: "Logging", package: "swift-log")],
            path: "Tests/TestingHost",
            swiftSettings: swiftSettings
        ),

        // MARK: Tests
        .testTarget(
            name: "CYPHubCoreTests",
            dependencies: ["CYPHubCore", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CYPHubWireTests",
            dependencies: [
                "CYPHubWire", "CYPHubCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOTestUtils", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CYPHubClientTests",
            dependencies: [
                "CYPHubClient", "CYPHubWire", "CYPHubCore", "CYPHubTesting", "CYPHubHost",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CYPHubHostTests",
            dependencies: [
                "CYPHubTesting", "CYPHubHost", "CYPHubClient", "CYPHubCore", "CYPHubWire", "CYPHubModules",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // The audit tests read a running host's database read-only, and hash files independently.
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ] + domainModules.map { .target(name: $0.target) } + [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),

        // MARK: Plugins
        .plugin(
            name: "GenerateProto",
            capability: .command(
                intent: .custom(
                    verb: "generate-proto",
                    description: "Regenerate the committed protobuf-c and Swift sources from Proto/"
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "Writes Sources/CProtobufC and each target's Generated/ from Proto/")
                ]
            ),
            path: "Plugins/GenerateProto"
        ),
        .plugin(name: "ModuleList", capability: .buildTool(), path: "Plugins/ModuleList"),
    ]
)

for module in domainModules {
    // Each module is a library too: its typed client and value types serve Swift services and the benchmarks.
    package.products.append(.library(name: module.target, targets: [module.target]))
    package.targets.append(
        .target(
            name: module.target,
            dependencies: ["CYPHubCore"] + module.uses.map { .target(name: $0) },
            path: "Sources/Modules/\(module.folder)",
            exclude: ["CLI"],
            swiftSettings: swiftSettings
        )
    )
    // The module's `cyp` commands, kept beside it; they reach the host through CYPHubCLI, never NIO directly.
    package.targets.append(
        .target(
            name: commandLineTarget(module.target),
            dependencies: [
                .target(name: module.target), "CYPHubCLI", "CYPHubCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + module.uses.map { .target(name: $0) },
            path: "Sources/Modules/\(module.folder)/CLI",
            swiftSettings: swiftSettings
        )
    )
    package.targets.append(
        .testTarget(
            name: "\(module.target)Tests",
            // CYPHubTesting: the one harness (in process through the real codec, or a live host).
            dependencies: [.target(name: module.target), "CYPHubCore", "CYPHubTesting"]
                + module.uses.map { .target(name: $0) },
            swiftSettings: swiftSettings
        )
    )
}
