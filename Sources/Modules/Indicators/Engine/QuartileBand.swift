/// A national quartile band: 1 (A) is the best quarter of authorities, 4 (D) the worst.
public enum QuartileBand: Int, Sendable, Hashable, CaseIterable, Codable {
    /// The best quarter (A; seed 002's "1 = top").
    case first = 1
    /// The second quarter (B).
    case second = 2
    /// The third quarter (C).
    case third = 3
    /// The worst quarter (D).
    case fourth = 4

    /// The LAIT letter, A to D.
    public var letter: String {
        switch self {
        case .first: "A"
        case .second: "B"
        case .third: "C"
        case .fourth: "D"
        }
    }
}
