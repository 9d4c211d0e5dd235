/// A report request's choice of no-target rule. Raw values are the wire names
/// (`NO_TARGET_RULE_CHOICE_ENGLAND_AVERAGE` -> `"england_average"`).
public enum NoTargetRuleChoice: String, Sendable, Hashable, CaseIterable, Codable {
    /// The module's configured rule.
    case moduleDefault = "default"
    /// Do not rate indicators without a target.
    case none
    /// Rate them against the England average.
    case englandAverage = "england_average"
    /// Rate them against the statistical-neighbour average.
    case neighbourAverage = "neighbour_average"
}
