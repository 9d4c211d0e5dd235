/// Proto `ImportRequest`: one CSV file for one dataset (see ``SENDDataset`` for the templates).
public struct SENDImportRequest: Sendable, Hashable, Codable {
    /// The dataset's name, e.g. `ehcp_assessments`.
    public var dataset: String
    /// The file's name, used in every issue.
    public var fileName: String
    /// The CSV text, header row first.
    public var csv: String

    /// Creates a request.
    public init(dataset: String, fileName: String, csv: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.csv = csv
    }
}
