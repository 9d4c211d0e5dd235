/// Proto `cyphub.capital.v1.ImportRequest`: one version of an authority's programme, its files checked
/// together and stored in one transaction.
public struct CapitalImportRequest: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// `YYYY-MM-DD`: the date the programme was approved or published.
    public var version: String
    /// The council's name for it, e.g. `MTFS 2024/25-2027/28`.
    public var label: String
    /// The first financial year, `2024/25`.
    public var firstYear: String
    /// The last financial year, `2027/28`.
    public var lastYear: String
    /// Replace the version if it is held (otherwise the import is refused with ALREADY_EXISTS).
    public var replace: Bool
    /// `projects` and `spend` (required) and `funding` (optional).
    public var files: [CapitalImportFile]

    /// Creates a request.
    public init(
        authority: String,
        version: String,
        label: String,
        firstYear: String,
        lastYear: String,
        replace: Bool = false,
        files: [CapitalImportFile]
    ) {
        self.authority = authority
        self.version = version
        self.label = label
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.replace = replace
        self.files = files
    }
}
