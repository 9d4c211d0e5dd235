import Foundation
import Testing

/// A message or method used with the wrong fields or types does not compile: the generated types and typed method
/// descriptors are the only definition of the contract. Each case type-checks a snippet against the built
/// modules with `swiftc`, and a correct snippet is the control.
@Suite struct CompileTimeContractTests {
    /// `swiftc -typecheck` of `source` against the package's built modules; its exit status and errors.
    ///
    /// The built Swift modules import C modules of the package's dependencies (GRDB's SQLite, swift-system's
    /// CSystem…); a module map for each one `swiftc` reports missing is found under `.build` and added.
    static func typecheck(_ source: String) async throws -> (status: Int32, errors: String) {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        guard
            let modules = [bundle.appendingPathComponent("Modules"), root.appendingPathComponent(".build/debug/Modules")]
                .first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("CYPHubCore.swiftmodule").path) })
        else {
            throw CompileError("the built modules were not found; run `swift build --build-tests`")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("contract-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("snippet.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        var moduleMaps: [String] = []
        for _ in 0..<10 {
            let result = try await swiftc(
                ["-typecheck", "-I", modules.path] + moduleMaps.flatMap { ["-Xcc", "-fmodule-map-file=\($0)"] } + [file.path], in: directory
            )
            guard let missing = Self.missingModule(in: result.errors), let map = Self.moduleMap(declaring: missing, under: root) else {
                return result
            }
            moduleMaps.append(map)
        }
        throw CompileError("too many missing C modules")
    }

    /// Waits for `swiftc` off Swift's shared pool (the other suites run on it meanwhile).
    static func swiftc(_ arguments: [String], in directory: URL) async throws -> (status: Int32, errors: String) {
        let errors = directory.appendingPathComponent("errors-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let process = try ChildProcess(
            executable: "/usr/bin/env", arguments: ["swiftc"] + arguments,
            environment: ProcessInfo.processInfo.environment, standardOutput: errors.path, standardError: errors.path)
        let status = await process.wait()
        return (status, try String(contentsOf: errors, encoding: .utf8))
    }

    /// `X` from `missing required module 'X'`.
    static func missingModule(in errors: String) -> String? {
        guard let range = errors.range(of: "missing required module '") else { return nil }
        let rest = errors[range.upperBound...]
        return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
    }

    /// A `module.modulemap` under `.build` that declares `module X`.
    static func moduleMap(declaring module: String, under root: URL) -> String? {
        let build = root.appendingPathComponent(".build")
        guard let files = FileManager.default.enumerator(atPath: build.path) else { return nil }
        for case let path as String in files where path.hasSuffix("module.modulemap") {
            let full = build.appendingPathComponent(path).path
            guard let text = try? String(contentsOfFile: full, encoding: .utf8) else { continue }
            if text.contains("module \(module) ") || text.contains("module \(module)\n") || text.contains("module \(module) {") {
                return full
            }
        }
        return nil
    }

    static let prelude = "import CYPHubCore\n"

    @Test func theContractCompilesWhenUsedRight() async throws {
        let result = try await Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Health.Method.Check.self, access: .open) { request, _ in
                        HealthCheckResponse(status: .serving, modules: [ModuleHealth(module: request.module)])
                    }
                }
                func call(_ caller: any RPCCaller) async throws -> ServingStatus {
                    try await caller.unary(Health.Method.Check.self, request: HealthCheckRequest(module: "send")).status
                }
                """)
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func aHandlerWithTheWrongResponseTypeDoesNotCompile() async throws {
        let result = try await Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Health.Method.Check.self, access: .open) { _, _ in EchoResponse(payload: []) }
                }
                """)
        #expect(result.status != 0)
        #expect(result.errors.contains("EchoResponse"), "\(result.errors)")
    }

    @Test func aMethodRegisteredWithoutItsAccessDoesNotCompile() async throws {
        let result = try await Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Diagnostics.Method.Echo.self) { request, _ in EchoResponse(payload: request.payload) }
                }
                """)
        #expect(result.status != 0)
        #expect(result.errors.contains("access"), "\(result.errors)")
    }

    @Test func anAuthorityFieldTheRequestDoesNotHaveDoesNotCompile() async throws {
        let result = try await Self.typecheck(
            Self.prelude + """
                func register(_ router: inout Router) throws {
                    try router.register(Diagnostics.Method.Echo.self, access: .read(.aggregate, authority: \\.authority)) { request, _ in
                        EchoResponse(payload: request.payload)
                    }
                }
                """)
        #expect(result.status != 0)
        #expect(result.errors.contains("authority"), "\(result.errors)")
    }

    @Test func aMisspelledFieldDoesNotCompile() async throws {
        let result = try await Self.typecheck(Self.prelude + "let request = HealthCheckRequest(modul: \"send\")\n")
        #expect(result.status != 0)
        #expect(result.errors.contains("modul"), "\(result.errors)")
    }

    @Test func aFieldOfTheWrongTypeDoesNotCompile() async throws {
        let result = try await Self.typecheck(Self.prelude + "let request = HealthCheckRequest(module: 42)\n")
        #expect(result.status != 0)
        #expect(result.errors.contains("Int"), "\(result.errors)")
    }

    @Test func aCallWithAnotherMethodsRequestDoesNotCompile() async throws {
        let result = try await Self.typecheck(
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
