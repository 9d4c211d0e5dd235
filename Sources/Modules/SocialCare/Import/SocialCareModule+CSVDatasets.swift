public import CYPHubCore

extension SocialCareModule {
    /// Every dataset `SocialCare/Import` takes, each file sent as `ImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(Dataset.importable, method: SocialCare.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in
            ImportRequest(dataset: dataset, fileName: fileName, csv: csv)
        }
    }
}
