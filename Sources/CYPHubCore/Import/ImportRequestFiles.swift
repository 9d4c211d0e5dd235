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
