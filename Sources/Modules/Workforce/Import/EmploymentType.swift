/// How a social worker is engaged, as the DfE workforce census distinguishes them.
public enum EmploymentType: String, Sendable, Hashable, Codable, CaseIterable {
    /// Employed and paid directly by the authority.
    case employed
    /// Not paid directly by the authority: paid by an agency, or self-employed.
    case agency
}
