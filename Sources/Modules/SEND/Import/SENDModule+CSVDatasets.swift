public import CYPHubCore

extension SENDModule {
    /// Every dataset `SEND/Import` takes, each file sent as `SENDImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        SENDDataset.allCases.map { dataset in
            CSVImportDataset(
                name: dataset.rawValue, templateHeader: (dataset.requiredColumns + dataset.optionalColumns).joined(separator: ","),
                method: SEND.Method.Import.self
            ) { fileName, csv in
                SENDImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv)
            }
        }
    }
}
