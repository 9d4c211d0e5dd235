extension CaseloadSummary {
    /// The measure this summary is for: its team type on its basis.
    public var measure: CaseloadMeasure { CaseloadMeasure(teamType, basis) }
}
