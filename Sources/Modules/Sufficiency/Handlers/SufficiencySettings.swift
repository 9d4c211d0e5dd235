import CYPHubCore
import CapitalModule

/// The module's settings (`modules.settings.sufficiency`), read once at start-up; a malformed value stops it.
struct SufficiencySettings: Sendable {
    var forecast = ForecastSettings()
    var band = SurplusBand()
    var accuracyHorizons = [1, 2]
    var costPerPlace: [SchoolPhase: Double] = [:]
    var ehcpGrowthYears = 5

    init() {}

    init(_ settings: ModuleSettings) throws {
        forecast.survivalYears = try settings.int("survivalYears", default: 3, range: 1...10)
        forecast.primaryProfile = try Self.profile(settings, "housingProfilePrimary", count: 7)
        forecast.secondaryProfile = try Self.profile(settings, "housingProfileSecondary", count: 5)
        let band = try settings.doubleMap("surplusTargetPercent", allowedKeys: ["min", "max"], range: 0...100)
        self.band = SurplusBand(minPercent: band["min"] ?? 2, maxPercent: band["max"] ?? 5)
        if self.band.minPercent > self.band.maxPercent {
            throw settings.error(
                "surplusTargetPercent", "min \(self.band.minPercent) is more than max \(self.band.maxPercent)")
        }
        accuracyHorizons = Array(Set(try settings.intList("accuracyHorizons", default: [1, 2], range: 1...10))).sorted()
        if accuracyHorizons.isEmpty { throw settings.error("accuracyHorizons", "give at least one horizon, e.g. [1, 2]") }
        let costs = try settings.doubleMap(
            "costPerPlace", allowedKeys: Set(SchoolPhase.phases.map(\.rawValue)), range: 1...10_000_000)
        for (key, value) in costs { if let phase = SchoolPhase(rawValue: key) { costPerPlace[phase] = value } }
        ehcpGrowthYears = try settings.int("ehcpGrowthYears", default: 5, range: 1...20)
    }

    /// A phasing profile: `count` non-negative shares summing to 1 (even shares when absent).
    private static func profile(_ settings: ModuleSettings, _ key: String, count: Int) throws -> [Double] {
        let shares = try settings.doubleList(key, default: Array(repeating: 1.0 / Double(count), count: count))
        guard shares.count == count else {
            throw settings.error(key, "expected \(count) shares (one per year group), found \(shares.count)")
        }
        guard shares.allSatisfy({ $0 >= 0 }), abs(shares.reduce(0, +) - 1) < 1e-6 else {
            throw settings.error(key, "the shares must be non-negative and sum to 1, found \(shares.reduce(0, +))")
        }
        return shares
    }
}
