public import CYPHubCore

extension WorkforceImportRequest: ImportRequestFiles {
    /// The file this import carries, which the host records in the audit log.
    public var importFiles: [ImportFile] { [ImportFile(dataset: dataset, fileName: fileName, text: csv)] }
}
