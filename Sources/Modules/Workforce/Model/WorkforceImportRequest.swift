/// Proto `cyphub.workforce.v1.ImportRequest`: one CSV file for one dataset.
public struct WorkforceImportRequest: Codable, Sendable, Equatable {
    /// `establishment`, `staff_return` or `pay_rates` (see ``WorkforceDataset``).
    public var dataset: String
    /// The file's name, used in every error.
    public var fileName: String
    /// The file's text: UTF-8 CSV with a header row.
    public var csv: String

    /// Creates a request.
    public init(dataset: String, fileName: String, csv: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.csv = csv
    }
}
