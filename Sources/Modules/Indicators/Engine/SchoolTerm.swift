/// One of the three school terms of an English academic year.
///
/// The engine gives each term nominal months so that terms, quarters and years order on one time line:
/// autumn = September-December, spring = January-March, summer = April-August. (Real term dates move
/// with Easter; these nominal months only decide ordering and "as at" selection.)
public enum SchoolTerm: Int, Sendable, Hashable, CaseIterable, Codable {
    /// September to December; its calendar year is the academic year's first year.
    case autumn = 1
    /// January to March; its calendar year is the academic year's second year.
    case spring = 2
    /// April to August; its calendar year is the academic year's second year.
    case summer = 3

    /// The three-letter code used in period codes (`AUT`, `SPR`, `SUM`).
    public var code: String {
        switch self {
        case .autumn: "AUT"
        case .spring: "SPR"
        case .summer: "SUM"
        }
    }

    /// The name used in labels ("Autumn").
    public var name: String {
        switch self {
        case .autumn: "Autumn"
        case .spring: "Spring"
        case .summer: "Summer"
        }
    }
}
