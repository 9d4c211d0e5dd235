/// How an indicator without a local target is rated, if at all.
///
/// The average named by ``basis`` stands in for the target with the comparator the polarity implies
/// (at least as good as the average: `>=` when high is good, `<=` when low is good), and ``tolerance``
/// (measured against the average) is the amber band. Indicators with polarity `none`, or with no average
/// for the period, are not rated.
///
/// ## The seed 002 convention
///
/// Seed 002 rates three school indicators Amber with no local target: primary schools good or
/// outstanding 90.3% (neighbours 91.0%, England 91%), secondary 77.8% (85.0%, 82.9%), pupils in good or
/// outstanding schools 85.9% (89.8%, 89.6%). Each is below both averages by less than 10% of the average,
/// so either basis with the RAG tolerance of 20% reproduces all three. The demo uses ``seed002``:
/// `neighbourAverage` with 20% of the average, because the neighbour average is the column the seed's own
/// table prints next to the status.
public struct NoTargetRule: Sendable, Hashable {
    /// What stands in for the missing target.
    public var basis: NoTargetBasis
    /// The amber band, measured against the average.
    public var tolerance: Tolerance

    /// Creates a rule.
    public init(basis: NoTargetBasis = .none, tolerance: Tolerance = .zero) {
        self.basis = basis
        self.tolerance = tolerance
    }

    /// Indicators without a target are not rated.
    public static let none = NoTargetRule()

    /// The seed 002 convention: neighbour average, amber within 20% of it.
    public static let seed002 = NoTargetRule(basis: .neighbourAverage, tolerance: .percent(20))
}
