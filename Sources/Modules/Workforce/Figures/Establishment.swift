/// A staffing establishment grouped by division, with division totals and a grand total that are always
/// computed from the service lines (never taken from the source's own "Total" rows).
///
/// Seed 000 (4.3) prints a total under each division (641 and 623); those totals are what this type must
/// reproduce from the service headcounts, and they do: 1+37+6+149+250+86+112 = 641 and
/// 1+8+148+163+111+75+117 = 623.
public struct Establishment: Sendable, Hashable {
    /// Divisions in the order each first appears among the lines.
    public var divisions: [EstablishmentDivision]

    /// Groups `lines` by division, keeping the order in which divisions and services first appear.
    public init(lines: [EstablishmentLine]) {
        var order: [String] = []
        var byDivision: [String: [EstablishmentLine]] = [:]
        for line in lines {
            if byDivision[line.division] == nil {
                order.append(line.division)
            }
            byDivision[line.division, default: []].append(line)
        }
        divisions = order.map { EstablishmentDivision(name: $0, services: byDivision[$0] ?? []) }
    }

    /// Headcount across every division.
    public var headcount: Int { divisions.reduce(0) { $0 + $1.headcount } }

    /// FTE across every division (partial when some lines give no FTE).
    public var fte: FTETotal {
        var total = FTETotal()
        for division in divisions {
            total.add(division.fte)
        }
        return total
    }

    /// Number of service lines across every division.
    public var serviceCount: Int { divisions.reduce(0) { $0 + $1.services.count } }
}
