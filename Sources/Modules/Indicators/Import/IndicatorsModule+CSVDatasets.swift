public import CYPHubCore

extension IndicatorsModule {
    /// Every dataset `Indicators/Import` takes, each file sent as `IndicatorsImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        IndicatorsDataset.importable.map { dataset in
            CSVImportDataset(
                name: dataset.rawValue, templateHeader: dataset.templateHeader, method: Indicators.Method.Import.self
            ) { fileName, csv in
                IndicatorsImportRequest(dataset: dataset, fileName: fileName, csv: csv)
            }
        }
    }
}
