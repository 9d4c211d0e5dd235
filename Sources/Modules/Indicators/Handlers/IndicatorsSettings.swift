import CYPHubCore

/// Reads the module's settings (`modules.settings.indicators`) into engine options. Every key is optional;
/// the defaults are the seed 002 conventions.
///
/// | key | type | default | meaning |
/// | --- | --- | --- | --- |
/// | `trendTolerancePercent` | number 0-100 | 0.5 | trend "No change" band, % of the previous value |
/// | `trendToleranceScope` | `worsening_only` / `both_directions` | `worsening_only` | movements the band covers |
/// | `noTargetRule` | `neighbour_average` / `england_average` / `none` | `neighbour_average` | rating without a target |
/// | `noTargetTolerancePercent` | number 0-100 | 20 | amber band of that rating, % of the average |
/// | `minimumForBenchmark` | whole number 1-1000 | 4 | fewest reporting authorities for a rank and band |
enum IndicatorsSettings {
    static func engineOptions(_ settings: ModuleSettings) throws -> IndicatorEngine.Options {
        let trendPercent = try settings.double("trendTolerancePercent", default: 0.5)
        guard (0...100).contains(trendPercent) else {
            throw settings.error("trendTolerancePercent", "\(trendPercent) is outside 0...100")
        }
        let scopeText = try settings.string("trendToleranceScope", default: TrendToleranceScope.worseningOnly.rawValue)
        guard let scope = TrendToleranceScope(rawValue: scopeText) else {
            throw settings.error(
                "trendToleranceScope",
                "'\(scopeText)' is not one of \(TrendToleranceScope.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let ruleText = try settings.string("noTargetRule", default: NoTargetBasis.neighbourAverage.rawValue)
        guard let basis = NoTargetBasis(rawValue: ruleText) else {
            throw settings.error(
                "noTargetRule",
                "'\(ruleText)' is not one of \(NoTargetBasis.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let noTargetPercent = try settings.double("noTargetTolerancePercent", default: 20)
        guard (0...100).contains(noTargetPercent) else {
            throw settings.error("noTargetTolerancePercent", "\(noTargetPercent) is outside 0...100")
        }
        let minimum = try settings.int("minimumForBenchmark", default: 4, range: 1...1000)
        return IndicatorEngine.Options(
            trendRule: TrendRule(tolerance: .percent(trendPercent), scope: scope),
            noTargetRule: NoTargetRule(basis: basis, tolerance: .percent(noTargetPercent)),
            minimumForBenchmark: minimum,
            suppressSmallNumbers: true)
    }
}
