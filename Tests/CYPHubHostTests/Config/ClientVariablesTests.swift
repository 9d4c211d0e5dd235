import CYPHubHost
import Testing

/// `CYPHUB_TOKEN` is `cyp`'s bearer token, not a host setting: a host started from a shell that holds it starts; any
/// other unknown `CYPHUB_` variable is still refused.
@Suite struct ClientVariablesTests {
    static let environment = [
        "CYPHUB_LISTEN": "127.0.0.1:7420", "CYPHUB_DATA_DIRECTORY": "data", "CYPHUB_MODULES_ENABLED": "capital",
    ]

    @Test func theHostIgnoresTheClientsTokenVariable() async throws {
        var environment = Self.environment
        environment["CYPHUB_TOKEN"] = "cyp_secret"
        let configuration = try await ConfigLoader.load(ConfigSources(environment: environment))
        #expect(configuration.enabledModules == ["capital"])
        #expect(ConfigLoader.clientVariables == ["CYPHUB_TOKEN"])
    }

    @Test func anotherUnknownVariableIsStillRefused() async throws {
        var environment = Self.environment
        environment["CYPHUB_TOKENS"] = "cyp_secret"
        await #expect {
            _ = try await ConfigLoader.load(ConfigSources(environment: environment))
        } throws: { error in
            "\(error)" == "environment: CYPHUB_TOKENS: unknown key (see README, \"Configuration\", for every key, variable and flag)"
        }
    }
}
