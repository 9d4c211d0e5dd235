/// One CSV file of a capital programme import, with its dataset known.
public struct CapitalCSVFile: Sendable, Hashable {
    /// The dataset the file holds.
    public var dataset: CapitalDataset
    /// The file's name, used in every issue.
    public var fileName: String
    /// The file's text.
    public var csv: String
}
