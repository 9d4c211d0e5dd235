/// Work with a deadline (annual reviews, amendments, phase transfers) whose deadline fell in a period:
/// how much was completed by the period end, and how much by its deadline.
public struct DeadlineTimeliness: Sendable, Hashable, Codable {
    /// Items whose deadline falls in the period.
    public var due: Int
    /// Of those, completed on or before the period end.
    public var completed: Int
    /// Of those, completed on or before their own deadline.
    public var completedOnTime: Int
    /// Whether any item was due (so the percentages are defined).
    public var hasPercent: Bool
    /// Completed ÷ due × 100.
    public var percentCompleted: Double
    /// Completed on time ÷ due × 100.
    public var percentOnTime: Double
}
