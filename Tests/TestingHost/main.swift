import CYPHubTesting
import CYPHubWire
import Foundation
import Logging

// `cyphub-testing-host`: a live host with only the testing module (Sleep, Count, Spin, Blob), in a process of its
// own, for tests whose handlers must not share threads with the test runner: a `Spin` call holds the thread it runs
// on, as a costly computation does. Prints `listening on 127.0.0.1:PORT` and serves until killed.
//
//     cyphub-testing-host [--max-running-calls N]

var limits = WireLimits()
let arguments = Array(CommandLine.arguments.dropFirst())
if let flag = arguments.firstIndex(of: "--max-running-calls") {
    guard flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value > 0 else {
        FileHandle.standardError.write(Data("error: --max-running-calls needs a positive whole number\n".utf8))
        exit(2)
    }
    limits.maxRunningCalls = value
}
// Notices and above to standard error (a test reads them: `Spin` logs "spin started").
var logger = Logger(label: "cyphub.testing-host")
logger.logLevel = .notice
try await TestHost.withRunning(modules: [TestingModule()], limits: limits, logger: logger) { host in
    FileHandle.standardOutput.write(Data("listening on \(host.address)\n".utf8))
    while true { try await Task.sleep(for: .seconds(3600)) }
}
