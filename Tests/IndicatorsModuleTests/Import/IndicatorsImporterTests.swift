import CYPHubCore
import CYPHubTesting
import Testing

@testable import IndicatorsModule

@Suite("CSV import: good files stored, bad files refused whole with file, line, column and reason")
struct IndicatorsImporterTests {
    static let definitions = """
        indicator_id,name,value_type,polarity,frequency,decimal_places,target_comparator,target_value,amber_tolerance,amber_tolerance_kind,comparison
        cp-reviews,CP reviews in time,percent,high_is_good,quarter,1,>,97.2,20,percent_of_target,
        ehe,Electively home educated,number,none,quarter,0,,,,,year_earlier
        cla-rate,Children in care per 10000,rate_per_10000,none,month,1,,,,,
        """

    /// Runs `body` against an empty host into which the three definitions above have been imported.
    func withDefinitions(_ body: (IndicatorsTestHost) async throws -> Void) async throws {
        try await IndicatorsTestHost.withRunning { host in
            #expect(try await host.load(.definitions, Self.definitions) == 3)
            try await body(host)
        }
    }

    func observationCount(_ host: IndicatorsTestHost) async throws -> Int {
        try await host.storage.read { db in try db.row("SELECT COUNT(*) AS n FROM ind_observations")?.int("n") ?? -1 }
    }

    @Test("Definitions are stored and listed in file order with their targets")
    func definitionsStored() async throws {
        try await withDefinitions { host in
            let list = try await host.client.listIndicators().indicators
            #expect(list.map(\.id) == ["cp-reviews", "ehe", "cla-rate"])
            #expect(list[0].target?.display == ">97.2%")
            #expect(list[0].amberToleranceKind == .percentOfReference)
            #expect(list[0].amberTolerance == 20)
            #expect(list[1].comparison == .yearEarlier)
            #expect(list[1].target == nil)
            #expect(list[0].observationCount == 0)
            // Re-importing a definition updates it in place and keeps its order.
            try await host.load(
                .definitions,
                """
                indicator_id,name,value_type,polarity,frequency,decimal_places
                cp-reviews,CP reviews held on time,percent,high_is_good,quarter,1
                """)
            let updated = try await host.client.listIndicators().indicators
            #expect(updated.map(\.id) == ["cp-reviews", "ehe", "cla-rate"])
            #expect(updated[0].name == "CP reviews held on time")
            #expect(updated[0].target == nil)
        }
    }

    @Test("A bad definitions file lists every issue and stores nothing")
    func badDefinitions() async throws {
        try await IndicatorsTestHost.withRunning { host in
            let error = await IndicatorsTestHost.failure {
                try await host.load(
                    .definitions,
                    """
                    indicator_id,name,value_type,polarity,frequency,decimal_places,target_comparator,target_value,amber_tolerance
                    ok-one,Fine,percent,high_is_good,quarter,1,,,
                    Bad Id,Bad id,percent,high_is_good,quarter,1,,,
                    two,Bad type,ratio,high_is_good,quarter,1,,,
                    three,Half target,percent,high_is_good,quarter,1,>,,
                    four,Tolerance without target,percent,high_is_good,quarter,1,,,5
                    five,Too many places,percent,high_is_good,quarter,9,,,
                    ok-one,Duplicate,percent,high_is_good,quarter,1,,,
                    """, fileName: "defs.csv")
            }
            let failure = try #require(error)
            #expect(failure.code == .invalidArgument)
            #expect(failure.message.contains("defs.csv:3: column indicator_id: 'Bad Id' is not an indicator id"))
            #expect(failure.message.contains("defs.csv:4: column value_type: 'ratio' is not one of"))
            #expect(failure.message.contains("defs.csv:5: column target_value: a target needs both"))
            #expect(failure.message.contains("defs.csv:6: column amber_tolerance: an amber tolerance needs a target"))
            #expect(failure.message.contains("defs.csv:7: column decimal_places: 9 is outside 0...6"))
            #expect(failure.message.contains("defs.csv:8: column indicator_id: indicator ok-one already appears on line 2"))
            #expect(try await host.client.listIndicators().indicators.isEmpty)  // nothing stored, not even line 2
        }
    }

    @Test("Observations: value given, computed from numerator and denominator, or checked against them")
    func observationsStored() async throws {
        try await withDefinitions { host in
            let stored = try await host.load(
                .observations,
                """
                authority_code,indicator_id,period,value,numerator,denominator,source
                E10000018,cp-reviews,FY2023-24-Q4,87.4,291,333,Seed 002
                E10000018,cp-reviews,Q3 2023/24,,266,322,Seed 002
                E10000018,ehe,FY2023-24-Q4,"1,176",,,Seed 002
                e10000018,cla-rate,2024-03,,57,11635,test
                """)
            #expect(stored == 4)
            let observations = try await host.storage.read { db in try IndicatorsStore.observations(db) }
            let q3 = try #require(observations.first { $0.period.code == "FY2023-24-Q3" })
            #expect(q3.value == 266.0 / 322.0 * 100)  // 82.608...%: computed, shown as 82.6%
            #expect(observations.first { $0.indicatorID == "ehe" }?.value == 1176)
            // 57 / 11,635 × 10,000 = 48.99 per 10,000; the lower-case code is stored upper-cased.
            let rate = try #require(observations.first { $0.indicatorID == "cla-rate" })
            #expect(rate.authorityCode == "E10000018")
            #expect((rate.value * 100).rounded() / 100 == 48.99)
            // Re-importing the same key replaces the row.
            try await host.load(
                .observations,
                """
                authority_code,indicator_id,period,value
                E10000018,ehe,FY2023-24-Q4,1177
                """)
            #expect(try await observationCount(host) == 4)
        }
    }

    @Test("A bad observations file lists every issue and stores nothing")
    func badObservations() async throws {
        try await withDefinitions { host in
            let error = await IndicatorsTestHost.failure {
                try await host.load(
                    .observations,
                    """
                    authority_code,indicator_id,period,value,numerator,denominator
                    E10000018,cp-reviews,FY2023-24-Q4,87.4,291,333
                    E1000001,cp-reviews,FY2023-24-Q4,87.4,,
                    E10000018,unknown-one,FY2023-24-Q4,50,,
                    E10000018,cp-reviews,AY2023-24-SPR,50,,
                    E10000018,cp-reviews,FY2023-24-Q3,88.6,1117,1269
                    E10000018,ehe,FY2023-24-Q3,10,5,
                    E10000018,cp-reviews,FY2023-24-Q2,,,
                    E10000018,cp-reviews,FY2023-24-Q1,120,,
                    E10000018,cp-reviews,FY2023-24-Q4,87.4,,
                    E10000018,cp-reviews,FY2022-23-Q4,50,10,0
                    E10000018,cp-reviews,Q5 2023/24,50,,
                    """, fileName: "obs.csv")
            }
            let message = try #require(error).message
            #expect(message.contains("obs.csv:3: column authority_code: 'E1000001' is not a local authority code"))
            #expect(message.contains("obs.csv:4: column indicator_id: unknown indicator 'unknown-one'"))
            #expect(message.contains("obs.csv:5: column period: AY2023-24-SPR is a term but cp-reviews is reported by quarter"))
            // 1,117 / 1,269 = 88.0%, not the 88.6% typed (seed 002's in-quarter figures beside the YTD value).
            #expect(
                message.contains(
                    "obs.csv:6: column value: 88.6% does not match numerator / denominator 1,117 / 1,269 = 88.0%"))
            #expect(message.contains("obs.csv:7: column numerator: a number indicator has no numerator or denominator"))
            #expect(message.contains("obs.csv:8: column value: a value is required"))
            #expect(message.contains("obs.csv:9: column value: 120.0 is not a percentage (0-100)"))
            #expect(
                message.contains("obs.csv:10: column period: the observation E10000018 cp-reviews FY2023-24-Q4 already appears on line 2"))
            #expect(message.contains("obs.csv:11: column denominator: 0 is not positive"))
            #expect(message.contains("obs.csv:12: column period: 'Q5 2023/24' is not a period"))
            #expect(try await observationCount(host) == 0)
        }
    }

    @Test("Numbers with bad thousands separators or a decimal comma are refused, and nothing is stored")
    func badGroupings() async throws {
        try await withDefinitions { host in
            let error = await IndicatorsTestHost.failure {
                try await host.load(
                    .observations,
                    """
                    authority_code,indicator_id,period,value,numerator,denominator
                    E10000018,ehe,FY2023-24-Q4,"1,176",,
                    E10000018,ehe,FY2023-24-Q3,"11,76",,
                    E10000018,cp-reviews,FY2023-24-Q2,,"2,91","3,330"
                    E10000018,cp-reviews,FY2023-24-Q1,"87,4",,
                    """, fileName: "obs.csv")
            }
            let message = try #require(error).message
            let groups = "thousands separators must separate groups of three digits"
            #expect(message.contains("obs.csv:3: column value: '11,76' is not a number: \(groups)"))
            #expect(message.contains("obs.csv:4: column numerator: '2,91' is not a number: \(groups)"))
            #expect(message.contains("obs.csv:5: column value: '87,4' is not a number: \(groups); write decimals with a point"))
            #expect(try await observationCount(host) == 0)
        }
    }

    @Test("Neighbour sets: versioned, replaced per version and authority, checked")
    func neighbours() async throws {
        try await IndicatorsTestHost.withRunning { host in
            let codes = (1...10).map { "E06000\(100 + $0)" }  // E06000101 ... E06000110
            let v1 =
                (["version,effective_date,authority_code,position,neighbour_code"]
                + codes.enumerated().map { "dfe-2021,2021-04-01,E10000018,\($0.offset + 1),\($0.element)" })
                .joined(separator: "\n")
            #expect(try await host.load(.neighbours, v1) == 10)
            let v2 = """
                version,effective_date,authority_code,position,neighbour_code
                dfe-2025,01/05/2025,E10000018,2,E10000031
                dfe-2025,01/05/2025,E10000018,1,E10000013
                """
            #expect(try await host.load(.neighbours, v2) == 2)
            let sets = try await host.storage.read { db in try IndicatorsStore.neighbourSets(db, authorityCode: "E10000018") }
            #expect(sets.count == 2)
            let latest = try #require(NeighbourSet.select(from: sets))
            #expect(latest.version == "dfe-2025")
            #expect(latest.effectiveDate == "2025-05-01")
            #expect(latest.neighbourCodes == ["E10000013", "E10000031"])  // ordered by position, not file order
            #expect(NeighbourSet.select(from: sets, version: "dfe-2021")?.neighbourCodes == codes)

            let error = await IndicatorsTestHost.failure {
                try await host.load(
                    .neighbours,
                    """
                    version,effective_date,authority_code,position,neighbour_code
                    dfe-2025,2025-06-01,E10000018,1,E10000013
                    new,2025-01-01,E10000018,11,E10000014
                    new,2025-01-01,E10000018,1,E10000018
                    new,2025-01-01,E10000031,1,E10000014
                    new,2025-01-01,E10000031,1,E10000012
                    new,2025-01-01,E10000031,2,E10000014
                    new,2025-02-01,E10000034,1,E10000014
                    """, fileName: "sn.csv")
            }
            let message = try #require(error).message
            #expect(message.contains("sn.csv:3: column position: 11 is outside 1...10"))
            #expect(message.contains("sn.csv:4: column neighbour_code: an authority cannot be its own neighbour"))
            #expect(message.contains("sn.csv:6: column position: position 1 for this version and authority already appears on line 5"))
            #expect(
                message.contains(
                    "sn.csv:7: column neighbour_code: neighbour E10000014 for this version and authority already appears on line 5"))
            // Lines 3 and 4 are refused on their own, so line 5 is the first good row of version "new".
            #expect(message.contains("sn.csv:8: column effective_date: version new has effective date 2025-01-01 on line 5"))
            #expect(
                message.contains(
                    "sn.csv:2: column effective_date: version dfe-2025 is already stored with effective date 2025-05-01"))
            // On its own, the clash with the stored version's date is still refused, and nothing changes.
            let clash = await IndicatorsTestHost.failure {
                try await host.load(
                    .neighbours,
                    """
                    version,effective_date,authority_code,position,neighbour_code
                    dfe-2025,2025-06-01,E10000018,1,E10000013
                    """, fileName: "sn2.csv")
            }
            #expect(
                try #require(clash).message.contains(
                    "sn2.csv:2: column effective_date: version dfe-2025 is already stored with effective date 2025-05-01"))
            let after = try await host.storage.read { db in try IndicatorsStore.neighbourSets(db, authorityCode: "E10000018") }
            #expect(after == sets)
        }
    }

    @Test("Comparators and authorities are checked")
    func comparatorsAndAuthorities() async throws {
        try await withDefinitions { host in
            #expect(
                try await host.load(
                    .comparators,
                    """
                    indicator_id,period,area_type,area_code,area_name,value,source
                    cp-reviews,FY2023-24-Q4,england,E92000001,England,90.1,test
                    cp-reviews,FY2023-24-Q4,region,e12000004,East Midlands,91.2,test
                    """) == 2)
            let bad = await IndicatorsTestHost.failure {
                try await host.load(
                    .comparators,
                    """
                    indicator_id,period,area_type,area_code,area_name,value
                    cp-reviews,FY2023-24-Q4,england,E12000004,England,90
                    cp-reviews,FY2023-24-Q4,region,E1200004,East Midlands,90
                    cp-reviews,FY2023-24-Q4,county,E12000004,East Midlands,90
                    nope,FY2023-24-Q4,region,E12000005,West Midlands,90
                    cp-reviews,AY2023-24,region,E12000005,West Midlands,90
                    cp-reviews,FY2023-24-Q4,region,E12000004,East Midlands,120
                    """, fileName: "cmp.csv")
            }
            let message = try #require(bad).message
            #expect(message.contains("cmp.csv:2: column area_code: England's code is E92000001, not E12000004"))
            #expect(message.contains("cmp.csv:3: column area_code: 'E1200004' is not a region code"))
            #expect(message.contains("cmp.csv:4: column area_type: 'county' is not one of england, region"))
            #expect(message.contains("cmp.csv:5: column indicator_id: unknown indicator 'nope'"))
            #expect(message.contains("cmp.csv:6: column period: AY2023-24 is not a quarter period"))
            #expect(message.contains("cmp.csv:7: column value: 120.0 is not a percentage (0-100)"))
            // Nothing of the bad file was stored: still the two comparators of the good file.
            let held = try await host.storage.read { db in try IndicatorsStore.comparators(db) }
            #expect(held.map(\.value).sorted() == [90.1, 91.2])

            let authorities = await IndicatorsTestHost.failure {
                try await host.load(
                    .authorities,
                    """
                    authority_code,name,region_code,region_name,synthetic
                    E10000018,Leicestershire,E12000004,,no
                    E10000019,Lincolnshire,,East Midlands,no
                    E10000020,Norfolk,,,perhaps
                    """, fileName: "la.csv")
            }
            let laMessage = try #require(authorities).message
            #expect(laMessage.contains("la.csv:2: column region_name: a value is required"))
            #expect(laMessage.contains("la.csv:3: column region_code: a region name needs its region code"))
            #expect(laMessage.contains("la.csv:4: column synthetic: 'perhaps' is not yes/no"))
        }
    }

    @Test("A missing column, an unspecified dataset and a changed frequency are refused")
    func refusals() async throws {
        try await withDefinitions { host in
            let missing = await IndicatorsTestHost.failure {
                try await host.load(.observations, "authority_code,indicator_id,value\nE10000018,ehe,1", fileName: "o.csv")
            }
            #expect(try #require(missing).message.contains("o.csv:1: column period: required column is missing"))
            let unspecified = await IndicatorsTestHost.failure { try await host.load(.unspecified, "a\n1") }
            #expect(try #require(unspecified).code == .invalidArgument)
            // The proto enums' "not set" values are not values a definition can have.
            let unset = await IndicatorsTestHost.failure {
                try await host.load(
                    .definitions,
                    """
                    indicator_id,name,value_type,polarity,frequency,decimal_places
                    unset-type,Unset type,unspecified,none,quarter,0
                    unset-frequency,Unset frequency,number,none,unspecified,0
                    """, fileName: "u.csv")
            }
            let unsetMessage = try #require(unset).message
            #expect(
                unsetMessage.contains(
                    "u.csv:2: column value_type: 'unspecified' is not one of number, percent, rate_per_10000, "
                        + "gbp_thousands, weeks"))
            #expect(
                unsetMessage.contains(
                    "u.csv:3: column frequency: 'unspecified' is not one of month, quarter, term, academic_year, "
                        + "financial_year"))

            try await host.load(.observations, "authority_code,indicator_id,period,value\nE10000018,ehe,FY2023-24-Q4,1176")
            let changed = await IndicatorsTestHost.failure {
                try await host.load(
                    .definitions,
                    """
                    indicator_id,name,value_type,polarity,frequency,decimal_places
                    ehe,Electively home educated,number,none,academic_year,0
                    """, fileName: "d.csv")
            }
            #expect(
                try #require(changed).message.contains(
                    "d.csv:2: column frequency: indicator ehe already has 1 observation(s) of another frequency"))
        }
    }
}
