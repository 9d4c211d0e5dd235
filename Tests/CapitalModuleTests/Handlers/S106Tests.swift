import CYPHubCore
import Testing

@testable import CapitalModule

@Suite("CalculateS106")
struct S106Tests {
    /// Settings with every yield, a primary cost per place and a multiplier (no secondary cost).
    static let settings: [String: SettingValue] = [
        "s106": .object([
            "yieldPerDwelling": .object(["primary": .number(0.25), "secondary": .number(0.2), "specialist": .number(0.01)]),
            "costPerPlace": .object(["primary": .number(20_000)]),
            "specialistCostMultiplier": .number(2),
        ])
    ]

    @Test("Rates from settings, and the newest programme's secondary cost per place, worked by hand")
    func fromSettings() async throws {
        try await SmallProgramme.withClient(settings: Self.settings) { client in
            let response = try await client.s106(
                CalculateS106Request(authority: "E10000018", development: "Land east of X", dwellings: 300))
            #expect(response.development == "Land east of X")
            #expect(response.dwellings == 300)
            #expect(response.lines.map(\.phase) == [.primary, .secondary, .specialist])
            // Primary: 300 × 0.25 = 75 pupils × £20,000 = £1,500,000.
            let primary = response.lines[0]
            #expect(primary.yieldPerDwelling == 0.25)
            #expect(primary.yieldBasis == .setting)
            #expect(primary.pupils == 75)
            #expect(primary.costPerPlacePounds == 20_000)
            #expect(primary.costBasis == .setting)
            #expect(primary.costBasisNote == "modules.settings.capital.s106.costPerPlace.primary")
            #expect(primary.contributionPounds == 1_500_000)
            // Secondary: 300 × 0.2 = 60 pupils × £24,000 (project C: 6,000,000 / 250) = £1,440,000.
            let secondary = response.lines[1]
            #expect(abs(secondary.pupils - 60) < 1e-9)
            #expect(secondary.costPerPlacePounds == 24_000)
            #expect(secondary.costBasis == .programme)
            #expect(secondary.costBasisNote.contains("2024-01-01"))
            #expect(abs(secondary.contributionPounds - 1_440_000) < 1e-6)
            #expect(response.programmeVersion == "2024-01-01")
            // Specialist: 300 × 0.01 = 3 pupils × 2 × (20,000 + 24,000) / 2 = £44,000 a place = £132,000.
            let specialist = response.lines[2]
            #expect(specialist.costPerPlacePounds == 44_000)
            #expect(specialist.costBasis == .derived)
            #expect(abs(specialist.contributionPounds - 132_000) < 1e-6)
            #expect(response.specialistMultiplier == 2)
            #expect(response.specialistMultiplierBasis == .setting)
            // 1,500,000 + 1,440,000 + 132,000 = 3,072,000; 75 + 60 + 3 = 138 pupils.
            #expect(abs(response.totalPounds - 3_072_000) < 1e-6)
            #expect(abs(response.totalPupils - 138) < 1e-9)
        }
    }

    @Test("Request rates override settings and need no programme")
    func overrides() async throws {
        try await withCapital(settings: Self.settings) { client in
            let response = try await client.s106(
                CalculateS106Request(
                    authority: "E10000018", dwellings: 300, givenPrimaryYield: 0.3, givenSecondaryCostPerPlace: 25_000,
                    givenSpecialistMultiplier: 1.5
                ))
            // Primary: 300 × 0.3 = 90 × £20,000 = £1,800,000 (yield from the request, cost from the setting).
            #expect(response.lines[0].yieldBasis == .request)
            #expect(abs(response.lines[0].contributionPounds - 1_800_000) < 1e-6)
            // Secondary: 60 × £25,000 = £1,500,000.
            #expect(response.lines[1].costBasis == .request)
            #expect(abs(response.lines[1].contributionPounds - 1_500_000) < 1e-6)
            // Specialist: 3 × 1.5 × (20,000 + 25,000) / 2 = 3 × £33,750 = £101,250.
            #expect(response.lines[2].costPerPlacePounds == 33_750)
            #expect(abs(response.lines[2].contributionPounds - 101_250) < 1e-6)
            #expect(response.specialistMultiplierBasis == .request)
            #expect(response.programmeVersion == "")
            #expect(abs(response.totalPounds - 3_401_250) < 1e-6)
        }
    }

    @Test("A missing yield or multiplier is FAILED_PRECONDITION naming the setting to set")
    func missingRates() async throws {
        try await SmallProgramme.withClient { client in
            let noYield = try await #require(throws: RPCError.self) {
                try await client.s106(CalculateS106Request(authority: "E10000018", dwellings: 300))
            }
            #expect(noYield.code == .failedPrecondition)
            #expect(noYield.message.contains("modules.settings.capital.s106.yieldPerDwelling.primary"))
            let noMultiplier = try await #require(throws: RPCError.self) {
                try await client.s106(
                    CalculateS106Request(
                        authority: "E10000018", dwellings: 300, givenPrimaryYield: 0.25, givenSecondaryYield: 0.2,
                        givenSpecialistYield: 0.01))
            }
            #expect(noMultiplier.code == .failedPrecondition)
            #expect(noMultiplier.message.contains("modules.settings.capital.s106.specialistCostMultiplier"))
            // Costs fall back to the programme: primary 7,000,000 / 300.
            let fromProgramme = try await client.s106(
                CalculateS106Request(
                    authority: "E10000018", dwellings: 300, givenPrimaryYield: 0.25, givenSecondaryYield: 0.2, givenSpecialistYield: 0.01,
                    givenSpecialistMultiplier: 2))
            #expect(fromProgramme.lines[0].costBasis == .programme)
            #expect(abs(fromProgramme.lines[0].costPerPlacePounds - 23_333.333) < 0.001)
        }
    }

    @Test("No cost per place anywhere is FAILED_PRECONDITION naming the setting; bad numbers are INVALID_ARGUMENT")
    func missingCost() async throws {
        try await withCapital(settings: Self.settings) { client in
            let noCost = try await #require(throws: RPCError.self) {
                try await client.s106(CalculateS106Request(authority: "E10000018", dwellings: 300))
            }
            #expect(noCost.code == .failedPrecondition)
            #expect(noCost.message.contains("modules.settings.capital.s106.costPerPlace.secondary"))
            #expect(noCost.message.contains("no capital programme is held for E10000018"))
            let noDwellings = try await #require(throws: RPCError.self) {
                try await client.s106(CalculateS106Request(authority: "E10000018", dwellings: 0))
            }
            #expect(noDwellings.code == .invalidArgument)
            #expect(noDwellings.message.hasPrefix("dwellings:"))
            let badYield = try await #require(throws: RPCError.self) {
                try await client.s106(CalculateS106Request(authority: "E10000018", dwellings: 10, givenPrimaryYield: -1))
            }
            #expect(badYield.code == .invalidArgument)
            #expect(badYield.message.hasPrefix("primary_yield:"))
        }
    }

    @Test("Malformed or unknown settings stop start-up naming the key")
    func badSettings() async throws {
        func key(_ s106: [String: SettingValue]) async -> String? {
            (await startUpError(settings: ["s106": .object(s106)]) as? ConfigError)?.key
        }
        #expect(
            await key(["yieldPerDwelling": .object(["nursery": .number(0.1)])])
                == "modules.settings.capital.s106.yieldPerDwelling.nursery")
        // The proto enum's default value is not a phase.
        #expect(
            await key(["yieldPerDwelling": .object(["unspecified": .number(0.1)])])
                == "modules.settings.capital.s106.yieldPerDwelling.unspecified")
        #expect(
            await key(["costPerPlace": .object(["specialist": .number(5)])]) == "modules.settings.capital.s106.costPerPlace.specialist")
        #expect(await key(["multiplier": .number(2)]) == "modules.settings.capital.s106.multiplier")
        #expect(await key(["specialistCostMultiplier": .number(0)]) == "modules.settings.capital.s106.specialistCostMultiplier")
    }
}
