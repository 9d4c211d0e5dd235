import CYPHubCore

/// The S106 rates set in `modules.settings.capital.s106`; every one may be absent (no rate is invented).
struct S106Settings: Sendable {
    /// Pupils per dwelling by phase (`yieldPerDwelling`: `primary`, `secondary`, `specialist`).
    var yieldPerDwelling: [SchoolPhase: Double] = [:]
    /// Pounds per place (`costPerPlace`: `primary`, `secondary`).
    var costPerPlacePounds: [SchoolPhase: Double] = [:]
    /// `specialistCostMultiplier`.
    var specialistCostMultiplier: Double?
    /// The dotted key of the section, for messages: `modules.settings.capital.s106`.
    var keyPrefix = "modules.settings.capital.s106"

    /// No rates set.
    init() {}

    /// Reads the `s106` section of the module's settings; a malformed or unknown key stops start-up.
    init(settings: ModuleSettings) throws {
        keyPrefix = "\(settings.keyPrefix).s106"
        let phases = Set(SchoolPhase.phases.map(\.rawValue))
        let (yields, costs, multiplier) = try settings.section("s106") { section in
            (
                try section.doubleMap("yieldPerDwelling", allowedKeys: phases, range: 0...10),
                try section.doubleMap(
                    "costPerPlace", allowedKeys: [SchoolPhase.primary.rawValue, SchoolPhase.secondary.rawValue],
                    range: 1...10_000_000
                ),
                try Self.multiplier(section)
            )
        }
        for (key, value) in yields {
            if let phase = SchoolPhase(rawValue: key) { yieldPerDwelling[phase] = value }
        }
        for (key, value) in costs {
            if let phase = SchoolPhase(rawValue: key) { costPerPlacePounds[phase] = value }
        }
        specialistCostMultiplier = multiplier
    }

    private static func multiplier(_ section: ModuleSettings) throws -> Double? {
        let value = try section.double("specialistCostMultiplier", default: .nan)
        if value.isNaN { return nil }
        guard value.isFinite, value > 0, value <= 100 else {
            throw section.error("specialistCostMultiplier", "\(value) is outside 0 (exclusive) to 100")
        }
        return value
    }

    /// The full key of a setting, e.g. `modules.settings.capital.s106.yieldPerDwelling.primary`.
    func key(_ path: String) -> String { "\(keyPrefix).\(path)" }
}
