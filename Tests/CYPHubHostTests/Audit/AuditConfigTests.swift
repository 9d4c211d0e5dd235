import CYPHubCore
import CYPHubHost
import Testing

/// `audit.enabled` and `audit.retentionDays`: defaults, every layer, ranges, and unknown keys in the section.
@Suite struct AuditConfigTests {
    static let file = #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}}"#

    @Test func defaultsKeepAYearAndRecord() async throws {
        let configuration = try await ConfigLoader.load(ConfigSources(file: try ConfigFile.write(Self.file)))
        #expect(configuration.auditEnabled)
        #expect(configuration.auditRetentionDays == 365)
    }

    @Test func fileEnvironmentAndFlagsSetThem() async throws {
        let path = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "audit": {"retentionDays": 30, "enabled": false}}"#
        )
        let fromFile = try await ConfigLoader.load(ConfigSources(file: path))
        #expect(fromFile.auditRetentionDays == 30)
        #expect(!fromFile.auditEnabled)
        let fromEnvironment = try await ConfigLoader.load(
            ConfigSources(file: path, environment: ["CYPHUB_AUDIT_RETENTION_DAYS": "0", "CYPHUB_AUDIT_ENABLED": "true"]))
        #expect(fromEnvironment.auditRetentionDays == 0)
        #expect(fromEnvironment.auditEnabled)
        let fromFlags = try await ConfigLoader.load(ConfigSources(file: path, arguments: ["--audit-retention-days", "7"]))
        #expect(fromFlags.auditRetentionDays == 7)
    }

    @Test func outOfRangeAndUnknownKeysAreRefusedNamingTheKey() async throws {
        let negative = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "audit": {"retentionDays": -1}}"#)
        await #expect {
            _ = try await ConfigLoader.load(ConfigSources(file: negative))
        } throws: { ($0 as? ConfigError)?.key == "audit.retentionDays" }
        let typo = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "audit": {"retentionDay": 30}}"#)
        await #expect {
            _ = try await ConfigLoader.load(ConfigSources(file: typo))
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.key == "audit.retentionDay" && error.reason.contains("unknown key")
        }
    }
}
