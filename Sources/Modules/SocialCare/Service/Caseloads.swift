/// The caseloads on one date: summaries per team type and basis, and the records when asked.
/// Proto: `Caseloads`.
public struct Caseloads: Codable, Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// `YYYY-MM-DD`.
    public var date: String
    /// Per team type and basis, in table order.
    public var summaries: [CaseloadSummary]
    /// The worker-level records (only when asked), ordered by team type, team and worker.
    public var workers: [WorkerCaseload]

    /// Creates a response.
    public init(authority: String, date: String, summaries: [CaseloadSummary], workers: [WorkerCaseload]) {
        self.authority = authority
        self.date = date
        self.summaries = summaries
        self.workers = workers
    }
}
