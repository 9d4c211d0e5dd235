/// A figure that is one quantity divided by another, kept with both parts so a reader can check it.
///
/// `value` is `nil` when the denominator is zero (or negative): the figure is then undefined, not zero.
public struct WorkforceRatio: Sendable, Hashable {
    /// The numerator, e.g. leaver FTE.
    public var numerator: Double
    /// The denominator, e.g. FTE in post.
    public var denominator: Double

    /// `numerator / denominator`, or `nil` when the denominator is not positive.
    public var value: Double? {
        denominator > 0 ? numerator / denominator : nil
    }

    /// `value` as a percentage (× 100), or `nil` when undefined.
    public var percent: Double? { value.map { $0 * 100 } }
}
