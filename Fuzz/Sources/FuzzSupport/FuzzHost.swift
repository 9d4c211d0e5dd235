public import CYPHubHost
import CYPHubModules
import Dispatch
import Foundation
import Logging

/// A host with every compiled module enabled and the default limits, built as `cyphub serve` builds one (configuration,
/// one migrator, registration, the dispatch table) over a database in a temporary directory removed at exit. It is not
/// started: the fuzzers call its dispatch table directly.
public enum FuzzHost {
    /// Builds the host; `demoData`: load every module's demo data (imports then meet the stored rows they are
    /// checked against).
    public static func make(demoData: Bool) -> HubHost {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-fuzz-\(getpid())").path
        dataDirectory = directory
        atexit { if let directory = FuzzHost.dataDirectory { try? FileManager.default.removeItem(atPath: directory) } }
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: directory,
            enabledModules: BuiltInModules.ids,
            logLevel: .critical,
            loadDemoData: demoData,
            source: "fuzz"
        )
        let logger = {
            var logger = Logger(label: "cyphub.fuzz")
            logger.logLevel = .critical
            return logger
        }()
        do {
            return try blocking {
                try await HubHost.make(configuration: configuration, modules: BuiltInModules.all, logger: logger)
            }
        } catch {
            fatalError("the fuzz host did not start: \(error)")
        }
    }

    /// Runs `body` to completion from a thread outside Swift's concurrency pool (libFuzzer's), waiting for it.
    public static func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let outcome = Outcome<T>()
        Task {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
            done.signal()
        }
        done.wait()
        // The task set the result before signalling.
        return try outcome.result!.get()  // swift-format-ignore: NeverForceUnwrap
    }

    /// The data directory, removed at exit.
    nonisolated(unsafe) private static var dataDirectory: String?
}

/// A task's result, handed to the thread waiting for it.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    // @unchecked: written once by the task before it signals, read by the waiting thread after.
    var result: Result<T, any Error>?
}
