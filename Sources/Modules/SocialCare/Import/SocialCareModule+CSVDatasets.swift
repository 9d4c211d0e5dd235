public import CYPHubCore

extension SocialCareModule {
    /// Every dataset `SocialCare/Import` takes, each file sent as `ImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        Dataset.importable.map { dataset in
            CSVImportDataset(
                name: dataset.rawValue, templateHeader: dataset.templateHeader, method: SocialCare.Method.Import.self
            ) { fileName, csv in
                ImportRequest(dataset: dataset, fileName: fileName, csv: csv)
            }
        }
    }
}
