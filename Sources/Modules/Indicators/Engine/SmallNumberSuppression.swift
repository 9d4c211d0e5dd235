import CYPHubCore

/// The small-number rule for partner-facing output: a count from 1 to 5, or a rate or percentage built on
/// a numerator from 1 to 5, is shown as `c` and never as the figure. The rule itself (which counts, which
/// mark) is the core's ``SmallNumberRule``; this type says what an indicator's count is.
///
/// Zero is not suppressed (it discloses no individual). A value is treated as a count when the indicator's
/// value type is `number` and the value is a whole number; any value type is suppressed when its numerator
/// is known and is 1 to 5. A percentage with no numerator recorded cannot be tested and is shown.
public enum SmallNumberSuppression {
    /// Whether `observation` of an indicator with `valueType` must be suppressed.
    public static func isSuppressed(_ observation: IndicatorObservation, valueType: ValueType) -> Bool {
        if let numerator = observation.numerator, SmallNumberRule.suppresses(numerator) {
            return true
        }
        if valueType == .number, observation.value == observation.value.rounded(),
            SmallNumberRule.suppresses(observation.value)
        {
            return true
        }
        return false
    }
}
