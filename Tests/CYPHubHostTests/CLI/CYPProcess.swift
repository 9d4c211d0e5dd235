import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a built executable, `cyp` or `cyphub` (built beside the tests by `swift build --build-tests`), and
/// captures its output and exit status.
struct CYPProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output as JSON data.
        var json: Data { Data(stdout.utf8) }
    }

    /// The binary `name`: beside the test bundle, else in the package's `.build/debug`.
    static func executable(_ name: String = "cyp") throws -> URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent(name),
            bundleDirectory.deletingLastPathComponent().appendingPathComponent(name),
            packageRoot.appendingPathComponent(".build/debug/\(name)"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CLIError("\(name) is not built; run `swift build --build-tests` (looked in \(candidates.map(\.path)))")
        }
        return found
    }

    /// Runs `name arguments…` to completion, with `environment` added to this process's (less its `CYPHUB_*`
    /// variables).
    static func run(_ arguments: [String], executable name: String = "cyp", environment: [String: String] = [:]) async throws
        -> Result
    {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("out")
        let err = directory.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        // The host reads every CYPHUB_* variable as configuration (and refuses unknown ones): the test's own
        // environment must not leak into it, only what the test gives.
        let process = try ChildProcess(
            executable: try executable(name).path, arguments: arguments,
            environment: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYPHUB_") }
                .merging(environment) { _, added in added },
            standardOutput: out.path, standardError: err.path)
        let status = await process.wait()
        return Result(
            status: status, stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A loopback port that refuses every connection: bound, so that nothing else can take it while the test runs, but
/// never listening.
final class RefusingPort {
    let port: Int
    private let descriptor: Int32

    init() throws {
        #if canImport(Glibc)
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw CLIError("socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw CLIError("cannot bind a loopback port: errno \(errno)")
        }
        self.descriptor = descriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    deinit { close(descriptor) }

    /// `127.0.0.1:PORT`.
    var address: String { "127.0.0.1:\(port)" }
}
