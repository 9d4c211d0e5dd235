public import CYPHubCore

extension SENDModule {
    /// Every dataset `SEND/Import` takes, each file sent as `SENDImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(SENDDataset.allCases, method: SEND.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in SENDImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
        }
    }
}
