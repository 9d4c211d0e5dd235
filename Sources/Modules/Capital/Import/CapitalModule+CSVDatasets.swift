public import CYPHubCore

extension CapitalModule {
    /// Every dataset `Capital/Import` takes. A programme is imported as its files together, so each dataset's file is
    /// sent in place of its namesake in the demo programme (replacing that version), beside the demo's other files.
    public var csvDatasets: [CSVImportDataset] {
        CSVImportDataset.list(CapitalDataset.allCases, method: Capital.Method.Import.self, templateHeader: \.templateHeader) {
            dataset, fileName, csv in
            var request = CapitalDemoData.seed
            request.replace = true
            request.files.removeAll { $0.dataset == dataset.rawValue }
            request.files.append(CapitalImportFile(dataset: dataset.rawValue, fileName: fileName, csv: csv))
            return request
        }
    }
}
