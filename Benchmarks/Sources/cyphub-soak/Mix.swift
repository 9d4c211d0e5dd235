import CYPHubClient
import CYPHubCore
import CapitalModule
import IndicatorsModule
import SENDModule
import SocialCareModule
import SufficiencyModule
import WorkforceModule

/// The soak's mix of calls and their weights: mostly reads of the figures a dashboard or a partner pulls, some
/// health checks, a few calls for an authority that holds nothing, and a small import now and then.
struct Mix: Sendable {
    let name: String
    let weight: Int
    let call: @Sendable (CYPHubClient, Int) async throws -> Void

    /// Runs the call; returns nil for OK or the status code it ended with.
    func run(on client: CYPHubClient, sequence: Int) async -> StatusCode? {
        do {
            try await call(client, sequence)
            return nil
        } catch let error as RPCError {
            return error.code
        } catch {
            return .unknown
        }
    }

    static let county = "E10000018"  // Leicestershire: indicators, SEND, sufficiency, capital demo data
    static let city = "E06000016"  // Leicester: social care and workforce demo data
    static let empty = "E09000001"  // an authority the demo holds nothing for

    static let all: [Mix] = [
        Mix(name: "Health/Check", weight: 10) { client, _ in _ = try await client.health() },
        Mix(name: "Indicators/Report", weight: 15) { client, _ in
            _ = try await IndicatorsClient(caller: client).report(authority: county)
        },
        Mix(name: "SocialCare/GetSnapshot", weight: 12) { client, _ in
            _ = try await SocialCareClient(caller: client).snapshot(authority: city)
        },
        Mix(name: "SocialCare/GetCaseloads", weight: 8) { client, _ in
            _ = try await SocialCareClient(caller: client).caseloads(authority: city, includeWorkers: true)
        },
        Mix(name: "SEND/GetEhcpSummary", weight: 8) { client, _ in
            _ = try await SENDClient(caller: client).ehcpSummary(authority: county)
        },
        Mix(name: "SEND/GetHighNeedsForecast", weight: 6) { client, _ in
            _ = try await SENDClient(caller: client).highNeedsForecast(authority: county)
        },
        Mix(name: "Workforce/GetSummary", weight: 8) { client, _ in
            _ = try await WorkforceClient(caller: client).summary(authority: city)
        },
        Mix(name: "Sufficiency/GetSufficiency", weight: 6) { client, _ in
            _ = try await SufficiencyClient(caller: client).sufficiency(authority: county)
        },
        Mix(name: "Sufficiency/Forecast", weight: 4) { client, _ in
            _ = try await SufficiencyClient(caller: client).forecast(authority: county)
        },
        Mix(name: "Capital/GetProgramme", weight: 6) { client, _ in
            _ = try await CapitalClient(caller: client).programme(authority: county)
        },
        Mix(name: "Indicators/Report (no data)", weight: 3) { client, _ in
            _ = try await IndicatorsClient(caller: client).report(authority: empty)
        },
        Mix(name: "Indicators/Import", weight: 1) { client, sequence in
            // A real write: one comparator's observation imported again with the value the demo holds.
            _ = try await IndicatorsClient(caller: client).importCSV(
                dataset: .observations, fileName: "soak-\(sequence).csv",
                csv: "authority_code,indicator_id,period,value,source\nE10000013,cp-reviews-in-timescale,FY2023-24-Q4,87.6,soak\n")
        },
    ]

    private static let totalWeight = all.reduce(0) { $0 + $1.weight }

    static func pick(using generator: inout some RandomNumberGenerator) -> Mix {
        var ticket = Int.random(in: 0..<totalWeight, using: &generator)
        for mix in all {
            if ticket < mix.weight { return mix }
            ticket -= mix.weight
        }
        return all[0]
    }
}
