/// Proto `IndicatorsImportResponse`: how many rows an import stored.
public struct IndicatorsImportResponse: Codable, Sendable, Equatable {
    /// The dataset imported.
    public var dataset: IndicatorsDataset
    /// The file's name.
    public var fileName: String
    /// Rows inserted or replaced.
    public var rowsStored: Int

    /// Creates a response.
    public init(dataset: IndicatorsDataset, fileName: String, rowsStored: Int) {
        self.dataset = dataset
        self.fileName = fileName
        self.rowsStored = rowsStored
    }
}
