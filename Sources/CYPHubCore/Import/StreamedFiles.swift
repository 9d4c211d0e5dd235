/// A client-streamed import held whole, for a module whose import checks across a whole file or across files (the
/// indicators and capital imports): the pieces of one or more files are read up to a limit, each file's text is checked
/// to be UTF-8, and the module hands the texts to its one-message import code, so the checks, the issues
/// (`file:line: column NAME: reason`) and all-or-nothing storing are exactly those of its `Import`. Memory holds the
/// files' text (at most the limit) until the client has sent the last piece; a call cancelled or broken before then
/// throws, and nothing is stored.
///
/// ```swift
/// try router.register(Things.Method.ImportStream.self, access: .writeAllAuthorities) { pieces, _ in
///     let files = try await StreamedFiles.read(pieces, limitBytes: limit, importName: "things", hint: "split it")
///     return try await handlers.importCSV(ThingsImportRequest(dataset: files[0].first.dataset, …, csv: files[0].text))
/// }
/// ```
public enum StreamedFiles {
    /// The most text a streamed import of this kind holds, unless its module says otherwise: 64 MiB.
    public static let defaultLimitBytes = 64 << 20

    /// One file as its pieces arrived.
    public struct File<Piece: ImportStreamPiece>: Sendable {
        /// The piece that started the file: it names the dataset and the file (the stream's first piece also carries
        /// the request's other fields).
        public var first: Piece
        /// The file's text.
        public var text: String
    }

    /// Reads every piece, the client's last included: a piece for which ``ImportStreamPiece/startsImportFile`` is true
    /// starts a new file (the stream's first piece always does). No piece at all is `INVALID_ARGUMENT`; a file that is
    /// not UTF-8 is refused as an import issue naming its line; text past `limitBytes` in all is `RESOURCE_EXHAUSTED`
    /// naming the file that went over it, the `importName` and the `hint` (what to do instead).
    public static func read<Piece: ImportStreamPiece>(
        _ pieces: RequestStream<Piece>, limitBytes: Int, importName: String, hint: String
    ) async throws -> [File<Piece>] {
        var files: [(first: Piece, bytes: [UInt8])] = []
        var total = 0
        for try await piece in pieces {
            if files.isEmpty || piece.startsImportFile { files.append((piece, [])) }
            let bytes = piece.importBytes
            total += bytes.count
            guard total <= limitBytes else {
                let name = fileName(files[files.count - 1].first)
                let what = files.count == 1 ? "is larger than" : "takes the files past"
                throw RPCError(
                    code: .resourceExhausted,
                    message: "\(EchoedText.quoted(name)) \(what) the \(described(limitBytes)) a streamed \(importName) import "
                        + "holds; \(hint)")
            }
            files[files.count - 1].bytes += bytes
        }
        guard !files.isEmpty else { throw StreamedImport.nothingSent(Piece.self) }
        return try files.map { file in File(first: file.first, text: try text(file.bytes, fileName: fileName(file.first))) }
    }

    /// The name a file's issues use: the one its first piece gives, or `<dataset>.csv`.
    static func fileName(_ piece: some ImportStreamPiece) -> String {
        piece.importFileName.isEmpty ? "\(piece.importDataset).csv" : piece.importFileName
    }

    /// `64 MiB`, or `100 bytes` for a limit that is not a whole number of MiB.
    static func described(_ bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }

    /// The bytes as text, or an import issue naming the line and byte where they stop being UTF-8.
    static func text(_ bytes: [UInt8], fileName: String) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var (line, column) = (1, 1)
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                    (line, column) = (line + 1, 1)
                } else {
                    column += scalar.count
                }
            case .error, .emptyInput:
                throw ImportError(
                    ImportIssue(file: fileName, line: line, column: "", reason: "byte \(column) of the line is not valid UTF-8"))
            }
        }
    }
}
