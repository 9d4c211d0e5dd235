/// Proto `cyphub.workforce.v1.GetEstablishmentResponse`: an establishment by division and service, with
/// division totals and a grand total computed from the service lines.
public struct GetEstablishmentResponse: Codable, Sendable, Equatable {
    /// ONS code of the authority.
    public var authority: String
    /// The establishment's date, `YYYY-MM-DD`.
    public var asAt: String
    /// Where the figures come from.
    public var source: String
    /// Divisions in source order.
    public var divisions: [DivisionStaffing]
    /// Grand total headcount: the sum of the division totals.
    public var headcount: Int
    /// Grand total FTE, where known.
    public var fte: FTESum
    /// Every establishment date held for the authority, newest first.
    public var availableDates: [String]

    /// Creates a response.
    public init(
        authority: String,
        asAt: String,
        source: String,
        divisions: [DivisionStaffing],
        headcount: Int,
        fte: FTESum,
        availableDates: [String]
    ) {
        self.authority = authority
        self.asAt = asAt
        self.source = source
        self.divisions = divisions
        self.headcount = headcount
        self.fte = fte
        self.availableDates = availableDates
    }
}
