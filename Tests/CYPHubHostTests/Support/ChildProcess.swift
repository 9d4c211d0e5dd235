import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A child process started with `posix_spawn`, its output written to files. Foundation's `Process.run()` on Linux
/// (Swift 6.3.1) can crash the test process: it reads `/proc/self/fd` entries past the end of glibc's buffer
/// (swift-corelibs-foundation#5472), which this suite, with hundreds of sockets open while it starts processes, hit
/// about one run in five.
final class ChildProcess: Sendable {
    /// The child's process id.
    let processIdentifier: pid_t
    private let status = Mutex<Int32?>(nil)

    /// Starts `executable` with `arguments` and exactly `environment`, standard output and standard error appended to
    /// the files at `standardOutput` and `standardError` (the same path for both is fine).
    init(
        executable: String, arguments: [String], environment: [String: String], standardOutput: String,
        standardError: String
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        if standardError == standardOutput {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        }
        // Nothing else of the test process's: its sockets must close when the test closes them, not when a child
        // started meanwhile exits.
        if let closeFrom = Self.addCloseFrom { _ = closeFrom(&actions, 3) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else {
            throw CLIError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        processIdentifier = pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does not
    /// import.
    private static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(
            symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// Whether the child has not exited yet (reaps it when it has).
    var isRunning: Bool { poll() == nil }

    /// The exit status (128 + the signal for a child killed by one); nil while it runs.
    var terminationStatus: Int32? { poll() }

    /// Waits for the child to exit, off Swift's shared pool; returns its status.
    func wait() async -> Int32 {
        if let done = poll() { return done }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var raw: Int32 = 0
                while waitpid(self.processIdentifier, &raw, 0) == -1 && errno == EINTR {}
                continuation.resume(returning: self.record(raw))
            }
        }
    }

    /// Sends `signal`.
    func kill(_ signal: Int32) { _ = Glibc.kill(processIdentifier, signal) }

    private func poll() -> Int32? {
        if let done = status.withLock({ $0 }) { return done }
        var raw: Int32 = 0
        let reaped = waitpid(processIdentifier, &raw, WNOHANG)
        if reaped == processIdentifier { return record(raw) }
        // Reaped meanwhile by `wait()`: its status is recorded there.
        return reaped == -1 ? status.withLock { $0 } ?? -1 : nil
    }

    private func record(_ raw: Int32) -> Int32 {
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
        let signal = raw & 0x7F
        let value = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
        status.withLock { $0 = $0 ?? value }
        return status.withLock { $0 } ?? value
    }
}
