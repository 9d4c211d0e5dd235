import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `cyphub serve` in a process of its own, on a loopback port it chose and a temporary data directory, so that its
/// memory and CPU time are its own: read from /proc (Linux only).
final class HostChild: @unchecked Sendable {
    // @unchecked: used by the benchmark's one task; the fields never change.
    let processIdentifier: pid_t
    let port: Int
    let directory: URL
    private let logFile: URL

    private init(processIdentifier: pid_t, port: Int, directory: URL, logFile: URL) {
        self.processIdentifier = processIdentifier
        self.port = port
        self.directory = directory
        self.logFile = logFile
    }

    /// Starts `executable serve` with only the social care module, `environment` added to this process's (less any
    /// `CYPHUB_` variable); returns once it logs the port it listens on.
    static func start(executable: String, environment: [String: String]) async throws -> HostChild {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bulk-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let logFile = directory.appendingPathComponent("host.log")
        let arguments = [
            "serve", "--listen", "127.0.0.1:0", "--data-dir", directory.appendingPathComponent("data").path,
            "--modules-enabled", "social-care", "--log-level", "info",
        ]
        let variables = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CYPHUB_") }
            .merging(environment) { $1 }
        let pid = try spawn(executable, arguments, environment: variables, output: logFile.path)
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            var raw: Int32 = 0
            if waitpid(pid, &raw, WNOHANG) == pid {
                throw ValidationError("\(executable) exited at start: \((try? String(contentsOf: logFile, encoding: .utf8)) ?? "")")
            }
            let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            if let range = log.range(of: "listening on ") {
                let address = log[range.upperBound...].prefix { !$0.isWhitespace }
                if let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) {
                    return HostChild(processIdentifier: pid, port: port, directory: directory, logFile: logFile)
                }
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(pid, SIGKILL)
        throw ValidationError("\(executable) did not log 'listening on' within 60 s (log: \(logFile.path))")
    }

    /// Stops the host (SIGTERM, then waits) and removes its data directory.
    func stop() async {
        kill(processIdentifier, SIGTERM)
        let pid = processIdentifier
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                var raw: Int32 = 0
                while waitpid(pid, &raw, 0) == -1 && errno == EINTR {}
                continuation.resume()
            }
        }
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: /proc

    /// `VmRSS` (now), `VmHWM` (the peak since start or the last ``resetPeak()``) and the RSS's anonymous, file and
    /// shared-memory parts (`RssAnon`, `RssFile`, `RssShmem`), in bytes.
    func memory() -> (resident: Int, peak: Int, anonymous: Int, file: Int, shared: Int) {
        let status = (try? String(contentsOfFile: "/proc/\(processIdentifier)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0) * 1024
        }
        return (field("VmRSS"), field("VmHWM"), field("RssAnon"), field("RssFile"), field("RssShmem"))
    }

    /// Resets `VmHWM` to the current RSS (`echo 5 > /proc/PID/clear_refs`); whether the peak now reads as the RSS (to
    /// within 1 MiB), i.e. whether the kernel honoured it.
    @discardableResult
    func resetPeak() -> Bool {
        guard (try? "5".write(toFile: "/proc/\(processIdentifier)/clear_refs", atomically: false, encoding: .utf8)) != nil else {
            return false
        }
        let now = memory()
        return now.peak - now.resident < 1 << 20
    }

    /// The host's CPU time so far (user + system, from /proc/PID/stat), in seconds.
    func cpuSeconds() -> Double { Self.cpuSeconds(statPath: "/proc/\(processIdentifier)/stat") }

    /// This process's CPU time so far, in seconds.
    static func ownCPUSeconds() -> Double { cpuSeconds(statPath: "/proc/self/stat") }

    private static func cpuSeconds(statPath: String) -> Double {
        let stat = (try? String(contentsOfFile: statPath, encoding: .utf8)) ?? ""
        // After the command name in parentheses: state is field 3, utime field 14, stime field 15.
        guard let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// What the host logged.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// Starts `executable` with `arguments` and exactly `environment`, output appended to `output`, with nothing else of
    /// this process's open.
    private static func spawn(_ executable: String, _ arguments: [String], environment: [String: String], output: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else { throw ValidationError("cannot start \(executable): \(String(cString: strerror(result)))") }
        return pid
    }
}
