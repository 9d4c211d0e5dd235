public import CYPHubCore

extension WorkforceImportChunk: ImportStreamPiece {
    /// The dataset the first piece names.
    public var importDataset: String { dataset }
    /// The file name the first piece gives.
    public var importFileName: String { fileName }
    /// The piece's bytes of the file.
    public var importBytes: [UInt8] { data }
}
