import ArgumentParser
public import CYPHubCore
import Foundation

/// Sends a CSV file for an import command: a file of one piece (1 MiB) or less in one message, a larger one streamed in
/// pieces through the module's client-streaming import, with progress on a terminal (``UploadProgress``).
public enum CSVUpload {
    /// What an import command's help says about large files.
    public static let streamingNote =
        "A file over 1 MiB is streamed in pieces (any size; the host checks rows as they arrive), with progress on a "
        + "terminal; raise --timeout for a very large one."

    /// Sends the file at `path` to `global.server`: `whole` with its text and name when it fits in one piece,
    /// `streamed` with its path, name and a progress callback when it does not.
    public static func send<Result: Sendable>(
        _ path: String, global: GlobalOptions,
        whole: (any RPCCaller, _ text: String, _ fileName: String) async throws -> Result,
        streamed: (any RPCCaller, _ path: String, _ fileName: String, _ progress: @escaping FilePieces.Progress) async throws
            -> Result
    ) async throws -> Result {
        guard let size = FilePieces(path: path).size else { throw ValidationError("cannot read \(path)") }
        guard size > FilePieces.defaultPieceBytes else {
            let (text, fileName) = try CSVFile.read(path)
            return try await withCaller(global) { caller in try await whole(caller, text, fileName) }
        }
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let progress = UploadProgress(fileName: fileName, totalBytes: size)
        defer { progress.finish() }
        return try await withCaller(global) { caller in
            try await streamed(caller, path, fileName) { progress.update(bytes: $0, lines: $1) }
        }
    }
}
