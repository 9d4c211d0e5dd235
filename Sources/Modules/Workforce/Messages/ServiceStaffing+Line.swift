extension ServiceStaffing {
    /// An establishment line's service, headcount and FTE (``hasFte`` false when the line gives none).
    public init(_ line: EstablishmentLine) {
        self.init(service: line.service, headcount: line.headcount, hasFte: line.fte != nil, fte: line.fte ?? 0)
    }
}
