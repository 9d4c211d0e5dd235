public import CYPHubCore

extension CapitalImportRequest: ImportRequestFiles {
    /// The files this import carries, which the host records in the audit log.
    public var importFiles: [ImportFile] { files.map { ImportFile(dataset: $0.dataset, fileName: $0.fileName, text: $0.csv) } }
}
