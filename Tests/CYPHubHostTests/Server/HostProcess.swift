import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The real `cyphub serve` in its own process, on a loopback port it chose, for tests that measure the host's memory
/// or send it signals.
final class HostProcess: @unchecked Sendable {
    // @unchecked: used by one test task.
    let process: ChildProcess
    let port: Int
    /// `HOST:PORT` as the host logged it (`127.0.0.1:40123`, `[::1]:40123`).
    let address: String
    let dataDirectory: URL
    private let logFile: URL

    private init(process: ChildProcess, address: String, port: Int, dataDirectory: URL, logFile: URL) {
        self.process = process
        self.address = address
        self.port = port
        self.dataDirectory = dataDirectory
        self.logFile = logFile
    }

    deinit {
        if process.isRunning { process.kill(SIGKILL) }
        try? FileManager.default.removeItem(at: dataDirectory)
    }

    /// Starts `cyphub serve` with `modules` enabled and `arguments` added; returns once it listens.
    static func start(_ arguments: [String] = [], modules: String = "social-care") async throws -> HostProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try await launch(
            "cyphub",
            [
                "serve", "--listen", "127.0.0.1:0", "--data-dir", directory.appendingPathComponent("data").path,
                "--modules-enabled", modules, "--log-level", "info",
            ] + arguments,
            in: directory
        )
    }

    /// Starts `cyphub` with exactly `arguments` (`serve --demo --listen [::1]:0 …`) in a directory of its own;
    /// returns once it listens.
    static func cyphub(_ arguments: [String]) async throws -> HostProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try await launch("cyphub", arguments, in: directory)
    }

    /// Starts `cyphub-testing-host` (a host with only the testing module) with `arguments`; returns once it listens.
    static func startTestingHost(_ arguments: [String] = []) async throws -> HostProcess {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try await launch("cyphub-testing-host", arguments, in: directory)
    }

    private static func launch(_ executable: String, _ arguments: [String], in directory: URL) async throws -> HostProcess {
        let logFile = directory.appendingPathComponent("host.log")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        let process = try ChildProcess(
            executable: try CYPProcess.executable(executable).path, arguments: arguments,
            environment: ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYPHUB_") },
            standardOutput: logFile.path, standardError: logFile.path)
        var address: String?
        var port: Int?
        try await waitUntil(timeout: .seconds(60)) {
            guard process.isRunning else { return true }
            let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            guard let range = log.range(of: "listening on ") else { return false }
            let listening = String(log[range.upperBound...].prefix { !$0.isWhitespace })
            guard let colon = listening.lastIndex(of: ":"), let number = Int(listening[listening.index(after: colon)...])
            else { return false }
            (address, port) = (listening, number)
            return true
        }
        guard let address, let port else {
            throw CLIError("\(executable) did not start: \((try? String(contentsOf: logFile, encoding: .utf8)) ?? "")")
        }
        return HostProcess(process: process, address: address, port: port, dataDirectory: directory, logFile: logFile)
    }

    /// What the host has logged so far.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// The host's resident memory now, in bytes (`VmRSS` in /proc).
    var residentBytes: Int {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return (Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0) * 1024
    }

    /// Sends `signal` and waits for the process to exit; returns its exit status.
    func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(30)) async throws -> Int32 {
        process.kill(signal)
        try await waitUntil(timeout: timeout) { !self.process.isRunning }
        return process.terminationStatus ?? -1
    }
}

/// Waits until `condition` holds, checking every 20 ms, and fails after `timeout`.
func waitUntil(timeout: Duration, _ condition: () -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else { throw CLIError("condition not met within \(timeout)") }
        try await Task.sleep(for: .milliseconds(20))
    }
}
