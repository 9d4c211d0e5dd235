import CYPHubCore
import CYPHubTesting
import Testing

@testable import IndicatorsModule

@Suite("Report and ListIndicators methods")
struct IndicatorsHandlersTests {
    @Test("Bad requests name the field")
    func badRequests() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let badAuthority = await IndicatorsTestHost.failure {
                _ = try await host.client.report(authority: "Leicestershire")
            }
            #expect(badAuthority?.code == .invalidArgument)
            #expect(badAuthority?.message.hasPrefix("authority:") == true)
            let badPeriod = await IndicatorsTestHost.failure {
                _ = try await host.client.report(authority: "E10000018", period: "Q5")
            }
            #expect(badPeriod?.code == .invalidArgument)
            #expect(badPeriod?.message.hasPrefix("period:") == true)
            let unknown = await IndicatorsTestHost.failure { _ = try await host.client.report(authority: "E06000016") }
            #expect(unknown?.code == .notFound)
            let early = await IndicatorsTestHost.failure {
                _ = try await host.client.report(authority: "E10000018", period: "FY2019-20-Q1")
            }
            #expect(early?.code == .notFound)
            let version = await IndicatorsTestHost.failure {
                _ = try await host.client.report(authority: "E10000018", neighbourSetVersion: "dfe-1999")
            }
            #expect(version?.code == .notFound)
            #expect(version?.message.contains("held: seed-001-comparators") == true)
        }
    }

    @Test("The no-target rule can be chosen per request")
    func noTargetChoice() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            func primary(_ choice: NoTargetRuleChoice) async throws -> IndicatorReportLine {
                let report = try await host.client.report(authority: "E10000018", noTargetRule: choice)
                return try #require(report.lines.first { $0.indicatorId == "primary-good-outstanding" })
            }
            #expect(try await primary(.none).rag == .none)
            let england = try await primary(.englandAverage)
            #expect(england.rag == .amber)  // 90.3 vs England 91.0: 0.7 short, within 20% of 91
            #expect(england.ragBasis == .englandAverage)
            #expect(try await primary(.neighbourAverage).ragBasis == .neighbourAverage)
            // Targets always win over the no-target rule.
            let report = try await host.client.report(authority: "E10000018", noTargetRule: .englandAverage)
            #expect(report.noTargetRule == .englandAverage)
            #expect(report.lines.first { $0.indicatorId == "cpp-second-time" }?.rag == .red)
        }
    }

    @Test("A neighbour set version can be named; neighbours with no data are not counted")
    func neighbourVersions() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            // An older version with three neighbours, one of which (E10000019) reports nothing.
            try await host.load(
                .neighbours,
                """
                version,effective_date,authority_code,position,neighbour_code
                old,2019-04-01,E10000018,1,E10000013
                old,2019-04-01,E10000018,2,E10000031
                old,2019-04-01,E10000018,3,E10000019
                """)
            let latest = try await host.client.report(authority: "E10000018")
            #expect(latest.neighbourSetVersion == "seed-001-comparators")
            let old = try await host.client.report(authority: "E10000018", neighbourSetVersion: "old")
            #expect(old.neighbourSetVersion == "old")
            #expect(old.neighbourSetEffectiveDate == "2019-04-01")
            #expect(old.neighbourCodes == ["E10000013", "E10000031", "E10000019"])
            let cp = try #require(old.lines.first { $0.indicatorId == "cp-reviews-in-timescale" })
            // Gloucestershire 87.6 and Warwickshire 88.8 (SYNTHETIC): (87.6 + 88.8) / 2 = 88.2, 2 of 3 reporting.
            #expect(cp.neighbourAverageDisplay == "88.2%")
            #expect(cp.neighboursReporting == 2)
            #expect(cp.neighbourSetSize == 3)
        }
    }

    @Test("ListIndicators counts observations and authorities and finds the latest period")
    func list() async throws {
        try await IndicatorsTestHost.withRunning(demo: true) { host in
            let indicators = try await host.client.listIndicators().indicators
            #expect(indicators.count == 21)
            let cp = try #require(indicators.first { $0.id == "cp-reviews-in-timescale" })
            #expect(cp.observationCount == 41)  // Leicestershire Q3 and Q4 + 39 SYNTHETIC Q4
            #expect(cp.authorityCount == 40)
            #expect(cp.latestPeriod == "FY2023-24-Q4")
            #expect(cp.latestPeriodLabel == "Q4 2023/24")
            #expect(cp.target?.display == ">97.2%")
            #expect(cp.target?.comparator == .greaterThan)
            let exclusions = try #require(indicators.first { $0.id == "permanent-exclusions" })
            #expect(exclusions.latestPeriod == "AY2022-23")
            #expect(exclusions.frequency == .academicYear)
        }
    }

    @Test("Settings change the rules")
    func settings() async throws {
        try await IndicatorsTestHost.withRunning(
            demo: true, settings: ["trendTolerancePercent": .number(0), "noTargetRule": .string("none")]
        ) { host in
            let report = try await host.client.report(authority: "E10000018")
            #expect(report.trendTolerancePercent == 0)
            #expect(report.noTargetRule == .none)
            // Without the tolerance 88.9 -> 88.6 is a decrease; without the rule primary schools are unrated.
            #expect(report.lines.first { $0.indicatorId == "assessments-45-days" }?.trend == .decrease)
            #expect(report.lines.first { $0.indicatorId == "primary-good-outstanding" }?.rag == RagStatus.none)
        }
    }

    @Test(
        "Bad settings stop start-up",
        arguments: [
            ["noTargetRule": .string("regional")], ["trendTolerancePercent": .number(-1)],
            ["trendToleranceScope": .string("up")], ["minimumForBenchmark": .number(0)],
        ] as [[String: SettingValue]])
    func badSettings(settings: [String: SettingValue]) async throws {
        await #expect(throws: ConfigError.self) {
            try await IndicatorsTestHost.withRunning(settings: settings) { _ in }
        }
    }
}

@Suite("Empty database")
struct IndicatorsEmptyDatabaseTests {
    @Test("ListIndicators on an empty database returns an empty list (not a decoding error)")
    func emptyList() async throws {
        try await IndicatorsTestHost.withRunning { host in
            let indicators = try await host.client.listIndicators().indicators
            #expect(indicators.isEmpty)
        }
    }
}
