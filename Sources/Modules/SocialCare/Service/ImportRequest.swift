/// One CSV file to import into one dataset. Proto: `ImportRequest`.
public struct ImportRequest: Codable, Sendable, Hashable {
    /// Which template the file follows.
    public var dataset: Dataset
    /// The file's name, used in every issue reported.
    public var fileName: String
    /// The file's text: UTF-8 CSV with a header row.
    public var csv: String

    /// Creates a request.
    public init(dataset: Dataset, fileName: String, csv: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.csv = csv
    }
}
