/// Proto `cyphub.workforce.v1.FteSum`: a sum of FTE over establishment lines, some of which may give none.
public struct FTESum: Codable, Sendable, Equatable {
    /// Sum of the FTE of the lines that give one.
    public var known: Double
    /// Lines that give an FTE.
    public var linesWithFTE: Int
    /// Lines that give none.
    public var linesWithoutFTE: Int
    /// True when every line gives an FTE, so ``known`` is the whole total.
    public var complete: Bool

    enum CodingKeys: String, CodingKey {
        case known
        case linesWithFTE = "linesWithFte"
        case linesWithoutFTE = "linesWithoutFte"
        case complete
    }

    /// Creates a sum from its parts.
    public init(known: Double, linesWithFTE: Int, linesWithoutFTE: Int, complete: Bool) {
        self.known = known
        self.linesWithFTE = linesWithFTE
        self.linesWithoutFTE = linesWithoutFTE
        self.complete = complete
    }

    /// The wire form of a computed total.
    public init(_ total: FTETotal) {
        self.init(
            known: total.known, linesWithFTE: total.linesWithFTE, linesWithoutFTE: total.linesWithoutFTE,
            complete: total.isComplete
        )
    }
}
