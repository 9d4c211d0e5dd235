/// The sum of the full-time equivalents of several establishment lines, some of which may not give one.
///
/// A total over lines that do not all give an FTE is a partial figure: `isComplete` says so, and `known`
/// is the sum over the lines that do give one (never a guess for the others).
public struct FTETotal: Sendable, Hashable {
    /// Sum of the FTE of the lines that give one.
    public var known: Double
    /// Number of lines that give an FTE.
    public var linesWithFTE: Int
    /// Number of lines that give no FTE.
    public var linesWithoutFTE: Int

    /// Creates a total from its parts.
    public init(known: Double = 0, linesWithFTE: Int = 0, linesWithoutFTE: Int = 0) {
        self.known = known
        self.linesWithFTE = linesWithFTE
        self.linesWithoutFTE = linesWithoutFTE
    }

    /// Sums the FTE of `lines`.
    public init(lines: some Sequence<EstablishmentLine>) {
        self.init()
        for line in lines {
            add(line.fte)
        }
    }

    /// True when every line gives an FTE (and there is at least one line), so `known` is the whole total.
    public var isComplete: Bool { linesWithoutFTE == 0 && linesWithFTE > 0 }

    /// True when at least one line gives an FTE.
    public var hasAny: Bool { linesWithFTE > 0 }

    /// Adds one line's FTE (or its absence).
    public mutating func add(_ fte: Double?) {
        if let fte {
            known += fte
            linesWithFTE += 1
        } else {
            linesWithoutFTE += 1
        }
    }

    /// Adds another total.
    public mutating func add(_ other: FTETotal) {
        known += other.known
        linesWithFTE += other.linesWithFTE
        linesWithoutFTE += other.linesWithoutFTE
    }
}
