/// The dataset and file name an import request (or a streamed import's first piece) gives, for a module whose datasets
/// are an enum of their template names.
public enum ImportDataset {
    /// The dataset `name` names (matched lower-cased) and the file's name (empty: `<dataset>.csv`); `INVALID_ARGUMENT`
    /// naming every dataset when `name` is none of them.
    public static func named<Dataset: RawRepresentable & CaseIterable>(
        _ name: String, fileName: String, in type: Dataset.Type = Dataset.self
    ) throws -> (dataset: Dataset, fileName: String) where Dataset.RawValue == String {
        guard let dataset = Dataset(rawValue: name.lowercased()) else {
            throw RPCError.invalidArgument(
                "dataset: '\(EchoedText.quoted(name))' is not one of "
                    + Dataset.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return (dataset, fileName.isEmpty ? "\(dataset.rawValue).csv" : fileName)
    }
}
