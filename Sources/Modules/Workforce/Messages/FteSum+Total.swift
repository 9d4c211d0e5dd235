extension FteSum {
    /// A computed FTE total: the known sum, the lines with and without an FTE, and whether it is complete.
    public init(_ total: FTETotal) {
        self.init(
            known: total.known, linesWithFte: total.linesWithFTE, linesWithoutFte: total.linesWithoutFTE,
            complete: total.isComplete)
    }
}
