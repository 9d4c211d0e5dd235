public import CYPHubCore

extension ImportRequest: ImportRequestFiles {
    /// The file this import carries, which the host records in the audit log.
    public var importFiles: [ImportFile] { [ImportFile(dataset: dataset.rawValue, fileName: fileName, text: csv)] }
}
