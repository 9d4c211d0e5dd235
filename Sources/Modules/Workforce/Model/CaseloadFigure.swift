/// Proto `cyphub.workforce.v1.CaseloadFigure`: average caseload, cases ÷ FTE of the workers holding cases.
public struct CaseloadFigure: Codable, Sendable, Equatable {
    /// Cases held.
    public var cases: Int
    /// FTE of the workers (employed and agency) holding one or more cases.
    public var caseHolderFTE: Double
    /// False when there is no case-holder FTE.
    public var hasAverage: Bool
    /// cases ÷ case-holder FTE, unrounded; 0 when ``hasAverage`` is false.
    public var average: Double

    enum CodingKeys: String, CodingKey {
        case cases
        case caseHolderFTE = "caseHolderFte"
        case hasAverage
        case average
    }

    /// Creates a figure from its parts.
    public init(cases: Int, caseHolderFTE: Double, hasAverage: Bool, average: Double) {
        self.cases = cases
        self.caseHolderFTE = caseHolderFTE
        self.hasAverage = hasAverage
        self.average = average
    }

    /// The wire form of the average caseload of computed indicators.
    public init(_ indicators: WorkforceIndicators) {
        let average = indicators.averageCaseload.value
        self.init(
            cases: indicators.totals.cases, caseHolderFTE: indicators.totals.caseHolderFTE,
            hasAverage: average != nil, average: average ?? 0
        )
    }
}
