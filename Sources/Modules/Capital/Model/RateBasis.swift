/// Where a rate used by an S106 calculation comes from (`RATE_BASIS_PROGRAMME` is `programme`).
public enum RateBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Given in the request.
    case request
    /// The module setting `modules.settings.capital.s106`.
    case setting
    /// The authority's newest programme: gross cost ÷ places of its projects of that phase.
    case programme
    /// Computed from other rates (specialist: multiplier × the mean of primary and secondary).
    case derived
}
