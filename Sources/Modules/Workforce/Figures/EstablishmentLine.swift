/// One line of a directly employed staffing establishment: the staff of one service within one division.
///
/// Seed 000 (Leicester, "Workload and Resources", 4.3) gives headcount only; `fte` is `nil` wherever the
/// source does not give a full-time equivalent.
public struct EstablishmentLine: Sendable, Hashable {
    /// The division the service belongs to, e.g. "SEND and Education".
    public var division: String
    /// The service within the division, e.g. "Education".
    public var service: String
    /// Number of people in post (each person counted once).
    public var headcount: Int
    /// Full-time equivalent in post, when known.
    public var fte: Double?

    /// Creates a line.
    public init(division: String, service: String, headcount: Int, fte: Double? = nil) {
        self.division = division
        self.service = service
        self.headcount = headcount
        self.fte = fte
    }
}
