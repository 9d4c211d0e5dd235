public import CYPHubCore

extension CapitalImportChunk: ImportStreamPiece {
    /// The dataset the first piece of a file names.
    public var importDataset: String { dataset }
    /// The file name the first piece of a file gives.
    public var importFileName: String { fileName }
    /// The piece's bytes of its file.
    public var importBytes: [UInt8] { data }
    /// A piece naming a dataset starts that file.
    public var startsImportFile: Bool { !dataset.isEmpty }
}
