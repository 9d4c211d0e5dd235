/// Proto `cyphub.workforce.v1.ImportResponse`: what an import stored.
public struct WorkforceImportResponse: Codable, Sendable, Equatable {
    /// The dataset imported into.
    public var dataset: String
    /// The file's name.
    public var fileName: String
    /// Rows stored.
    public var rows: Int
    /// Rows of earlier imports replaced (same authority and date).
    public var replaced: Int
    /// One entry per authority and date in the file, e.g. `E06000016 2024-09-30`.
    public var periods: [String]

    /// Creates a response.
    public init(dataset: String, fileName: String, rows: Int, replaced: Int, periods: [String]) {
        self.dataset = dataset
        self.fileName = fileName
        self.rows = rows
        self.replaced = replaced
        self.periods = periods
    }
}
