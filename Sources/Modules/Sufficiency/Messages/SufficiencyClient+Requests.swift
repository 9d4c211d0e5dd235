public import CYPHubCore

/// The `SufficiencyClient` conveniences: each builds a request from plain arguments.
extension SufficiencyClient {
    /// The planning areas held, with their schools and capacity.
    public func planningAreas(authority: String) async throws -> PlanningAreaList {
        try await caller.unary(
            Sufficiency.Method.ListPlanningAreas.self, request: ListPlanningAreasRequest(authority: authority), options: options)
    }

    /// Runs the cohort-survival forecast (primary and secondary when `phase` is unspecified); `store` keeps it for
    /// accuracy tracking.
    public func forecast(
        authority: String, phase: Phase = .unspecified, planningArea: String = "", baseYear: String = "", store: Bool = false
    ) async throws -> PupilForecast {
        try await caller.unary(
            Sufficiency.Method.Forecast.self,
            request: ForecastRequest(
                authority: authority, phase: phase, planningArea: planningArea, baseYear: baseYear, store: store),
            options: options)
    }

    /// Forecast pupils against capacity per area, phase and year (primary and secondary when `phase` is
    /// unspecified).
    public func sufficiency(authority: String, phase: Phase = .unspecified, baseYear: String = "") async throws
        -> SufficiencyReport
    {
        try await caller.unary(
            Sufficiency.Method.GetSufficiency.self,
            request: SufficiencyRequest(authority: authority, phase: phase, baseYear: baseYear), options: options)
    }

    /// Shortfalls, the capital programme's planned places, the gap that remains and the cost to close it (every
    /// phase when `phase` is unspecified).
    public func placesGap(
        authority: String, phase: Phase = .unspecified, planningArea: String = "", baseYear: String = "",
        capitalVersion: String = ""
    ) async throws -> PlacesGapReport {
        try await caller.unary(
            Sufficiency.Method.GetPlacesGap.self,
            request: PlacesGapRequest(
                authority: authority, phase: phase, planningArea: planningArea, baseYear: baseYear,
                capitalVersion: capitalVersion),
            options: options)
    }

    /// Stored forecasts against the numbers on roll that came true.
    public func accuracy(authority: String, phase: Phase = .unspecified) async throws -> ForecastAccuracyReport {
        try await caller.unary(
            Sufficiency.Method.GetForecastAccuracy.self, request: ForecastAccuracyRequest(authority: authority, phase: phase),
            options: options)
    }

    /// Specialist places: EHCP demand against specialist capacity.
    public func specialist(authority: String, baseYear: String = "") async throws -> SpecialistPlacesReport {
        try await caller.unary(
            Sufficiency.Method.GetSpecialistPlaces.self,
            request: SpecialistPlacesRequest(authority: authority, baseYear: baseYear), options: options)
    }

    /// The school capacity survey tables as CSV files.
    public func capacityReturn(authority: String, baseYear: String = "", capitalVersion: String = "") async throws
        -> CapacityReturn
    {
        try await caller.unary(
            Sufficiency.Method.ExportCapacityReturn.self,
            request: CapacityReturnRequest(authority: authority, baseYear: baseYear, capitalVersion: capitalVersion),
            options: options)
    }

    /// Imports one CSV file into `dataset`, all or nothing.
    public func importFile(dataset: SufficiencyDataset, fileName: String, csv: String) async throws -> ImportResult {
        try await caller.unary(
            Sufficiency.Method.Import.self, request: ImportRequest(dataset: dataset.rawValue, fileName: fileName, csv: csv),
            options: options)
    }

    /// Imports a CSV file of any size by streaming it (``Sufficiency/Method/ImportStream``) in pieces of `pieceBytes`,
    /// all or nothing. `progress` is told the bytes and lines sent as each piece leaves.
    public func importFile(
        path: String, dataset: SufficiencyDataset, fileName: String, pieceBytes: Int = FilePieces.defaultPieceBytes,
        progress: FilePieces.Progress? = nil
    ) async throws -> ImportResult {
        try await importStream(
            FilePieces(path: path, pieceBytes: pieceBytes).messages(progress: progress) { bytes, first in
                SufficiencyImportChunk(dataset: first ? dataset.rawValue : "", fileName: first ? fileName : "", data: bytes)
            })
    }
}
