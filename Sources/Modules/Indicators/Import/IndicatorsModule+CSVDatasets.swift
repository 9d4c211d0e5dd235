public import CYPHubCore

extension IndicatorsModule {
    /// Every dataset `Indicators/Import` takes, each file sent as `IndicatorsImportRequest`.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(IndicatorsDataset.importable, method: Indicators.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in
            IndicatorsImportRequest(dataset: dataset, fileName: fileName, csv: csv)
        }
    }
}
