/// Proto `cyphub.capital.v1.ImportFile`: one CSV file of an import.
public struct CapitalImportFile: Codable, Sendable, Equatable {
    /// `projects`, `spend` or `funding` (see ``CapitalDataset``).
    public var dataset: String
    /// The file's name, used in every issue (empty: `<dataset>.csv`).
    public var fileName: String
    /// The file's text: UTF-8 CSV with a header row.
    public var csv: String

    /// Creates a file.
    public init(dataset: String, fileName: String, csv: String) {
        self.dataset = dataset
        self.fileName = fileName
        self.csv = csv
    }
}
