/// A savings workstream of a High Needs plan (for example "TSIL Programme Defined Opportunities"):
/// its yearly savings (£000, negative = a saving) and, optionally, the breakdown lines behind them.
///
/// The forecast uses the workstream's own figures. The breakdown is shown beside them and reconciled
/// (sum of lines against the workstream figure), because councils' tables do not always agree.
public struct SavingsWorkstream: Sendable, Hashable {
    /// The workstream's name, unique within its plan.
    public var name: String
    /// The yearly savings.
    public var projection: LineProjection
    /// The breakdown lines, in the order given (may be empty).
    public var details: [SavingsDetailLine]

    /// Creates a workstream.
    public init(name: String, projection: LineProjection, details: [SavingsDetailLine] = []) {
        self.name = name
        self.projection = projection
        self.details = details
    }
}
