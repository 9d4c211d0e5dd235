public import CYPHubCore

extension SufficiencyModule {
    /// Every dataset `Sufficiency/Import` takes, each file sent as `ImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(SufficiencyDataset.allCases, method: Sufficiency.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in
            ImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
        }
    }
}
