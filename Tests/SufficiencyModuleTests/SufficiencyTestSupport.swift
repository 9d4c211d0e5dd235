import CYPHubTesting
import Foundation
import SufficiencyModule
import CYPHubCore

/// The issues of an import refused over the wire, read back from the error: its message lists them one a line as
/// `file:line: column X: reason` (`file: reason` for the whole file) after a heading, and metadata
/// `cyphub-import-issues` counts them. (An in-process error's `cause` does not cross the codec.)
func importIssues(_ error: RPCError) throws -> [ImportIssue] {
    let issues = error.message.split(separator: "\n").dropFirst().map { text in
        let split = text.range(of: ": ").map { (text[..<$0.lowerBound], text[$0.upperBound...]) } ?? (text, "")
        var (file, line) = (String(split.0), 0)
        if let colon = split.0.lastIndex(of: ":"), let number = Int(split.0[split.0.index(after: colon)...]) {
            (file, line) = (String(split.0[..<colon]), number)
        }
        guard split.1.hasPrefix("column "), let end = split.1.range(of: ": ") else {
            return ImportIssue(file: file, line: line, column: "", reason: String(split.1))
        }
        let column = split.1[split.1.index(split.1.startIndex, offsetBy: 7)..<end.lowerBound]
        return ImportIssue(file: file, line: line, column: String(column), reason: String(split.1[end.upperBound...]))
    }
    guard error.metadata["cyphub-import-issues"] == String(issues.count) else {
        throw RPCError(code: .internalError, message: "\(issues.count) issues read, metadata says \(error.metadata)")
    }
    return issues
}

/// The error a host with the sufficiency module and `settings` refuses to start with, or `nil` when it starts.
func startUpError(settings: [String: SettingValue]) async -> (any Error)? {
    // A directory of our own: a host that fails to start leaves the one it was given behind.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-sufficiency-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
        try await TestHost.withRunning(
            modules: [SufficiencyModule()], moduleSettings: ["sufficiency": settings], dataDirectory: directory, mode: .inProcess
        ) { _ in }
        return nil
    } catch {
        return error
    }
}
