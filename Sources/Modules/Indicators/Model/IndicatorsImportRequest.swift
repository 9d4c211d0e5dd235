/// Proto `IndicatorsImportRequest`: one CSV file for one dataset.
public struct IndicatorsImportRequest: Codable, Sendable, Equatable {
    /// The dataset the file holds.
    public var dataset: IndicatorsDataset
    /// The file's name (used in every issue).
    public var fileName: String
    /// The CSV text, with a header row.
    public var csv: String

    /// Creates a request.
    public init(dataset: IndicatorsDataset, fileName: String, csv: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.csv = csv
    }
}
