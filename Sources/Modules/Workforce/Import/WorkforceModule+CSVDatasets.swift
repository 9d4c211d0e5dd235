public import CYPHubCore

extension WorkforceModule {
    /// Every dataset `Workforce/Import` takes, each file sent as `WorkforceImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(WorkforceDataset.allCases, method: Workforce.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in
            WorkforceImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
        }
    }
}
