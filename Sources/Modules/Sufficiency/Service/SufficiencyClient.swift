public import CYPHubCore

/// A typed client for the sufficiency methods, over the network (`cyp`) or in-process (tests).
public struct SufficiencyClient: Sendable {
    /// What makes the calls.
    public let caller: any RPCCaller
    /// Options for every call.
    public let options: CallOptions

    /// Creates a client.
    public init(caller: any RPCCaller, options: CallOptions = .defaults) {
        self.caller = caller
        self.options = options
    }

    /// The planning areas held, with their schools and capacity.
    public func planningAreas(authority: String) async throws -> PlanningAreaList {
        try await caller.unary(
            SufficiencyModule.listPlanningAreas, request: ListPlanningAreasRequest(authority: authority),
            response: PlanningAreaList.self, options: options)
    }

    /// Runs the cohort-survival forecast; `store` keeps it for accuracy tracking.
    public func forecast(
        authority: String, phase: PhaseFilter = .unspecified, planningArea: String = "", baseYear: String = "",
        store: Bool = false
    ) async throws -> PupilForecast {
        try await caller.unary(
            SufficiencyModule.forecast,
            request: ForecastRequest(
                authority: authority, phase: phase, planningArea: planningArea, baseYear: baseYear, store: store),
            response: PupilForecast.self, options: options)
    }

    /// Forecast pupils against capacity per area, phase and year.
    public func sufficiency(authority: String, phase: PhaseFilter = .unspecified, baseYear: String = "") async throws
        -> SufficiencyReport
    {
        try await caller.unary(
            SufficiencyModule.getSufficiency,
            request: SufficiencyRequest(authority: authority, phase: phase, baseYear: baseYear),
            response: SufficiencyReport.self, options: options)
    }

    /// Shortfalls, the capital programme's planned places, the gap that remains and the cost to close it.
    public func placesGap(
        authority: String, phase: PhaseFilter = .unspecified, planningArea: String = "", baseYear: String = "",
        capitalVersion: String = ""
    ) async throws -> PlacesGapReport {
        try await caller.unary(
            SufficiencyModule.getPlacesGap,
            request: PlacesGapRequest(
                authority: authority, phase: phase, planningArea: planningArea, baseYear: baseYear,
                capitalVersion: capitalVersion),
            response: PlacesGapReport.self, options: options)
    }

    /// Stored forecasts against the numbers on roll that came true.
    public func accuracy(authority: String, phase: PhaseFilter = .unspecified) async throws -> ForecastAccuracyReport {
        try await caller.unary(
            SufficiencyModule.getForecastAccuracy, request: ForecastAccuracyRequest(authority: authority, phase: phase),
            response: ForecastAccuracyReport.self, options: options)
    }

    /// Specialist places: EHCP demand against specialist capacity.
    public func specialist(authority: String, baseYear: String = "") async throws -> SpecialistPlacesReport {
        try await caller.unary(
            SufficiencyModule.getSpecialistPlaces,
            request: SpecialistPlacesRequest(authority: authority, baseYear: baseYear),
            response: SpecialistPlacesReport.self, options: options)
    }

    /// The school capacity survey tables as CSV files.
    public func capacityReturn(authority: String, baseYear: String = "", capitalVersion: String = "") async throws
        -> CapacityReturn
    {
        try await caller.unary(
            SufficiencyModule.exportCapacityReturn,
            request: CapacityReturnRequest(authority: authority, baseYear: baseYear, capitalVersion: capitalVersion),
            response: CapacityReturn.self, options: options)
    }

    /// Imports one CSV file into `dataset`, all or nothing.
    public func importFile(dataset: SufficiencyDataset, fileName: String, csv: String) async throws -> ImportResult {
        try await caller.unary(
            SufficiencyModule.importData,
            request: ImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv),
            response: ImportResult.self, options: options)
    }
}
