public import CYPHubCore

extension WorkforceModule {
    /// Every dataset `Workforce/Import` takes, each file sent as `WorkforceImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        WorkforceDataset.allCases.map { dataset in
            CSVImportDataset(
                name: dataset.rawValue, templateHeader: dataset.templateHeader, method: Workforce.Method.Import.self
            ) { fileName, csv in
                WorkforceImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
            }
        }
    }
}
