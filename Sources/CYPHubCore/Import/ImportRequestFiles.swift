/// The request of an import method, saying which files it carries, so the host can record each file in the audit log
/// (dataset, file name, SHA-256 of its bytes) without knowing the module.
///
/// A module conforms its import request (`extension ImportRequest: ImportRequestFiles`); the host hashes the text.
public protocol ImportRequestFiles: ProtoMessage {
    /// The files the request carries, in order (one for most imports).
    var importFiles: [ImportFile] { get }
}

/// One file of an import request, as the audit log records it.
public struct ImportFile: Sendable, Hashable {
    /// The dataset the file is for, named as its CSV template is (`demand_snapshot`, `projects`).
    public var dataset: String
    /// The file's name as the client gave it.
    public var fileName: String
    /// The file's text (its UTF-8 bytes are what the host hashes).
    public var text: String

    /// Creates a file description.
    public init(dataset: String, fileName: String, text: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.text = text
    }
}

/// A piece of a file sent to a client-streaming import, so the host can record the file in the audit log (dataset,
/// file name, SHA-256 of all its bytes, hashed as the pieces pass) without knowing the module. The first piece names the
/// dataset and file; every piece carries the file's next bytes.
///
/// A module conforms its piece message (`extension ImportChunk: ImportStreamPiece`).
public protocol ImportStreamPiece: ProtoMessage {
    /// The dataset, named as its CSV template is (read from the first piece).
    var importDataset: String { get }
    /// The file's name as the client gave it (read from the first piece).
    var importFileName: String { get }
    /// The file's next bytes.
    var importBytes: [UInt8] { get }
    /// Whether this piece, not being the stream's first, starts another file of a multi-file import (it names that
    /// file's dataset). Default false: the stream is one file.
    var startsImportFile: Bool { get }
}

extension ImportStreamPiece {
    /// False: the stream is one file.
    public var startsImportFile: Bool { false }
}
