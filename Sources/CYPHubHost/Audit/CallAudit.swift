import CYPHubCore
import Crypto
import Synchronization

/// What only a call's task learns for its audit record: who made it, the authority its request named, the files an
/// import carried and the rows it stored. Created per call by the connection (or the in-process path), handed to the
/// call's task as ``current``, filled by ``DispatchTable/Entry/run`` and read once the call ends.
final class CallAudit: Sendable {
    /// The audit of the call the current task serves; nil when auditing is off or outside a call.
    @TaskLocal static var current: CallAudit?

    /// What the call's task has noted so far.
    struct Details: Sendable {
        var principal = ""
        var authority = ""
        var files: [AuditImportFile] = []
        var rowsStored = 0
    }

    private let details = Mutex(Details())

    init() {}

    /// Notes the principal and, from the decoded request, the authority it names (through the method's declared
    /// `.field` scope) and the files an import carries, each with its SHA-256.
    func note(request: any ProtoMessage, context: CallContext, access: MethodAccess, carriesFiles: Bool) {
        var authority = ""
        if case .field(_, let get, _) = access.authority { authority = get(request) ?? "" }
        let files =
            carriesFiles
            ? ((request as? any ImportRequestFiles)?.importFiles ?? []).map { file in
                AuditImportFile(dataset: file.dataset, fileName: file.fileName, sha256: Self.sha256(file.text))
            } : []
        let principal = context.principal.name
        details.withLock { details in
            details.principal = principal
            details.authority = authority
            details.files = files
        }
    }

    /// Notes a file an import streamed in pieces, once all of it has arrived.
    func noteStreamed(_ file: AuditImportFile) {
        details.withLock { $0.files.append(file) }
    }

    /// Notes the rows an import stored, over every dataset.
    func noteStored(_ outcome: any ImportOutcome) {
        let rows = outcome.storedRows.reduce(0) { $0 + $1.rows }
        details.withLock { $0.rowsStored = rows }
    }

    /// What has been noted.
    var noted: Details { details.withLock { $0 } }

    /// Lower-case hex SHA-256 of the text's UTF-8 bytes.
    static func sha256(_ text: String) -> String {
        var text = text
        var hasher = SHA256()
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        return hex(hasher.finalize())
    }

    /// Lower-case hex of a digest.
    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

/// The files a client-streaming import sends (``ImportStreamPiece``; one, unless a piece starts another), hashed piece by
/// piece as the handler reads them; noted in the call's audit once the last piece has arrived (a broken upload records
/// no file).
final class StreamedFileAudit: Sendable {
    private struct State {
        var hasher = SHA256()
        var dataset = ""
        var fileName = ""
        var pieces = 0
        var done: [AuditImportFile] = []
        var noted = false

        /// The file being hashed, as the audit records it.
        var current: AuditImportFile {
            AuditImportFile(dataset: dataset, fileName: fileName, sha256: CallAudit.hex(hasher.finalize()))
        }
    }

    private let state = Mutex(State())

    /// Adds one piece (the first, and one that starts another file, names the dataset and file).
    func add(_ message: any ProtoMessage) {
        guard let piece = message as? any ImportStreamPiece else { return }
        state.withLock { state in
            if state.pieces > 0, piece.startsImportFile {
                state.done.append(state.current)
                state.hasher = SHA256()
            }
            if state.pieces == 0 || piece.startsImportFile {
                state.dataset = piece.importDataset
                state.fileName = piece.importFileName
            }
            state.pieces += 1
            piece.importBytes.withUnsafeBytes { state.hasher.update(bufferPointer: $0) }
        }
    }

    /// The client has sent its last piece: notes the files in `audit`.
    func finished(into audit: CallAudit?) {
        guard let audit else { return }
        let files = state.withLock { state -> [AuditImportFile] in
            guard state.pieces > 0, !state.noted else { return [] }
            state.noted = true
            return state.done + [state.current]
        }
        for file in files { audit.noteStreamed(file) }
    }
}
