/// The age bands of the DfE SEN2 return (age at 31 August before the census), or `all` for a figure
/// not broken down by age.
public enum SENDAgeBand: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not broken down by age.
    case all
    /// Under 5.
    case under5 = "0-4"
    /// 5 to 10.
    case age5To10 = "5-10"
    /// 11 to 15.
    case age11To15 = "11-15"
    /// 16 to 19.
    case age16To19 = "16-19"
    /// 20 to 25.
    case age20To25 = "20-25"

    /// A name for people.
    public var title: String {
        switch self {
        case .all: "All ages"
        case .under5: "Under 5"
        case .age5To10: "Aged 5-10"
        case .age11To15: "Aged 11-15"
        case .age16To19: "Aged 16-19"
        case .age20To25: "Aged 20-25"
        }
    }
}
