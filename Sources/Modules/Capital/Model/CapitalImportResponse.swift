/// Proto `cyphub.capital.v1.ImportResponse`: what an import stored.
public struct CapitalImportResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// The version stored.
    public var version: String
    /// Its label.
    public var label: String
    /// True when the version was held and has been replaced.
    public var replaced: Bool
    /// Rows stored per file, in request order.
    public var files: [ImportedFile]
    /// The version's totals (£000).
    public var summary: VersionSummary

    /// Creates a response.
    public init(authority: String, replaced: Bool, files: [ImportedFile], summary: VersionSummary) {
        self.authority = authority
        self.version = summary.version
        self.label = summary.label
        self.replaced = replaced
        self.files = files
        self.summary = summary
    }
}
