public import CYPHubCore

extension SufficiencyModule {
    /// Every dataset `Sufficiency/Import` takes, each file sent as `ImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        SufficiencyDataset.allCases.map { dataset in
            CSVImportDataset(
                name: dataset.rawValue, templateHeader: dataset.templateHeader, method: Sufficiency.Method.Import.self
            ) { fileName, csv in
                ImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
            }
        }
    }
}
