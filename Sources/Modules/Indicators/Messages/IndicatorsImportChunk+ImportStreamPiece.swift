public import CYPHubCore

extension IndicatorsImportChunk: ImportStreamPiece {
    /// The dataset the first piece names.
    public var importDataset: String { dataset.rawValue }
    /// The file name the first piece gives.
    public var importFileName: String { fileName }
    /// The piece's bytes of the file.
    public var importBytes: [UInt8] { data }
}
