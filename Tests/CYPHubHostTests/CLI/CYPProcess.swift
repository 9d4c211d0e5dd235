import Foundation
import Synchronization
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
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        let process = Process()
        process.executableURL = try executable(name)
        process.arguments = arguments
        // The host reads every CYPHUB_* variable as configuration (and refuses unknown ones): the test's own
        // environment must not leak into it, only what the test gives.
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYPHUB_") }
            .merging(environment) { _, added in added }
        process.standardOutput = outHandle
        process.standardError = errHandle
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        try outHandle.close()
        try errHandle.close()
        return Result(
            status: status, stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8))
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension CYPProcess {
    /// Starts `name arguments…` and leaves it running (`cyphub serve`), with `environment` added as ``run(_:executable:environment:)``
    /// does.
    static func start(_ arguments: [String], executable name: String = "cyphub", environment: [String: String] = [:]) throws
        -> RunningProcess
    {
        try RunningProcess(executable: executable(name), arguments: arguments, environment: environment)
    }
}

/// A process left running, its standard error read line by line as it comes (`cyphub serve` logs there).
final class RunningProcess: Sendable {
    private let process: Process
    private let lines: AsyncStream<String>
    private let exit: AsyncStream<Int32>
    private let stderr = StandardError()

    /// Standard error as read so far: all of it, and the part after the last complete line.
    private final class StandardError: Sendable {
        struct Buffer {
            var text = ""
            var pending = Data()
        }
        let buffer = Mutex(Buffer())
    }

    init(executable: URL, arguments: [String], environment: [String: String]) throws {
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYPHUB_") }
            .merging(environment) { _, added in added }
        process.standardOutput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardError = pipe
        let (lines, lineContinuation) = AsyncStream.makeStream(of: String.self)
        let (exit, exitContinuation) = AsyncStream.makeStream(of: Int32.self)
        self.lines = lines
        self.exit = exit
        let stderr = self.stderr
        pipe.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if data.isEmpty {
                handle.readabilityHandler = nil
                lineContinuation.finish()
                return
            }
            let complete: [String] = stderr.buffer.withLock { buffer in
                buffer.text += String(decoding: data, as: UTF8.self)
                buffer.pending.append(data)
                guard let end = buffer.pending.lastIndex(of: UInt8(ascii: "\n")) else { return [] }
                let text = String(decoding: buffer.pending[..<end], as: UTF8.self)
                buffer.pending = Data(buffer.pending[(end + 1)...])
                return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            for line in complete { lineContinuation.yield(line) }
        }
        process.terminationHandler = { process in
            exitContinuation.yield(process.terminationStatus)
            exitContinuation.finish()
        }
        try process.run()
    }

    /// Everything written to standard error so far.
    var standardError: String { stderr.buffer.withLock { $0.text } }

    /// The next line of standard error containing `text`; an error (with all of standard error) when the process
    /// closes it first, i.e. exits.
    func line(containing text: String) async throws -> String {
        for await line in lines where line.contains(text) { return line }
        throw CLIError("the process ended without writing '\(text)'; its standard error:\n\(standardError)")
    }

    /// The `HOST:PORT` after `listening on ` in `cyphub serve`'s log (the real port when asked for port 0).
    func listeningAddress() async throws -> String {
        let line = try await line(containing: "listening on ")
        guard let range = line.range(of: "listening on ") else { throw CLIError("no address in '\(line)'") }
        return String(line[range.upperBound...].prefix { !$0.isWhitespace })
    }

    /// Sends SIGTERM and returns the exit status.
    func terminate() async -> Int32 {
        process.terminate()
        return await status()
    }

    /// Waits for the process to exit and returns its status.
    func status() async -> Int32 {
        for await status in exit { return status }
        return process.terminationStatus
    }
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
