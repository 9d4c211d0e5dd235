import Foundation
import Testing

/// A message or method used with the wrong fields or types does not compile: the generated types and typed method
/// descriptors are the only definition of the contract. Each case type-checks a snippet against the built
/// modules with `swiftc`, and a correct snippet is the control.
@Suite struct CompileTimeContractTests {
    /// `swiftc -typecheck` of `source` against the package's built modules; its exit status and errors.
    static func typecheck(_ source: String) throws -> (status: Int32, errors: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let modules = [bundle.appendingPathComponent("Modules"), root.appendingPathComponent(".build/debug/Modules")]
            .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("CYPHubCore.swiftmodule").path) }
        let grdbMap = root.appendingPathComponent(".build/checkouts/GRDB.swift/Sources/GRDBSQLite/module.modulemap")
        guard let modules, FileManager.default.fileExists(atPath: grdbMap.path) else {
            throw CompileError("the built modules or GRDB's module map were not found; run `swift build --build-tests`")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("snippet.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let errors = directory.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let handle = try FileHandle(forWritingTo: errors)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-I", modules.path, "-Xcc", "-fmodule-map-file=\(grdbMap.path)", file.path,
        ]
        process.standardError = handle
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8))
    }

    static let prelude = "import CYPHubCore\n"

    @Test func theContractCompilesWhenUsedRight() throws {
        let result = try Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Health.Method.Check.self) { request, _ in
                        HealthCheckResponse(status: .serving, modules: [ModuleHealth(module: request.module)])
                    }
                }
                func call(_ caller: any RPCCaller) async throws -> ServingStatus {
                    try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "send")).status
                }
                """)
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func aHandlerWithTheWrongResponseTypeDoesNotCompile() throws {
        let result = try Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Health.Method.Check.self) { _, _ in EchoResponse(payload: []) }
                }
                """)
        #expect(result.status != 0)
        #expect(result.errors.contains("EchoResponse"), "\(result.errors)")
    }

    @Test func aMisspelledFieldDoesNotCompile() throws {
        let result = try Self.typecheck(Self.prelude + "let request = HealthCheckRequest(modul: \"send\")\n")
        #expect(result.status != 0)
        #expect(result.errors.contains("modul"), "\(result.errors)")
    }

    @Test func aFieldOfTheWrongTypeDoesNotCompile() throws {
        let result = try Self.typecheck(Self.prelude + "let request = HealthCheckRequest(module: 42)\n")
        #expect(result.status != 0)
        #expect(result.errors.contains("Int"), "\(result.errors)")
    }

    @Test func aCallWithAnotherMethodsRequestDoesNotCompile() throws {
        let result = try Self.typecheck(
            Self.prelude + """
                func call(_ caller: any RPCCaller) async throws {
                    _ = try await caller.unary(Health.Method.Check.self, request: EchoRequest(payload: []))
                }
                """)
        #expect(result.status != 0)
        #expect(result.errors.contains("EchoRequest"), "\(result.errors)")
    }
}

struct CompileError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
