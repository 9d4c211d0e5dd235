import CYPHubCore
import CYPHubHost
import Testing

/// `snapshots.retainVersions`: default, every layer, and its range.
@Suite struct SnapshotConfigTests {
    static let file = #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}}"#

    @Test func retainVersionsDefaultsToTenAndIsSetByFileEnvironmentAndFlag() async throws {
        #expect(try await ConfigLoader.load(ConfigSources(file: try ConfigFile.write(Self.file))).snapshotsRetainVersions == 10)
        let path = try ConfigFile.write(
            #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "snapshots": {"retainVersions": 3}}"#)
        #expect(try await ConfigLoader.load(ConfigSources(file: path)).snapshotsRetainVersions == 3)
        let fromEnvironment = try await ConfigLoader.load(
            ConfigSources(file: path, environment: ["CYPHUB_SNAPSHOTS_RETAIN_VERSIONS": "1000"]))
        #expect(fromEnvironment.snapshotsRetainVersions == 1000)
        let fromFlags = try await ConfigLoader.load(ConfigSources(file: path, arguments: ["--snapshots-retain-versions", "1"]))
        #expect(fromFlags.snapshotsRetainVersions == 1)
    }

    @Test func retainVersionsOutsideOneToAThousandIsRefusedNamingTheKey() async throws {
        for value in [0, 1001] {
            let path = try ConfigFile.write(
                #"{"listen": "127.0.0.1:0", "dataDirectory": "d", "modules": {"enabled": []}, "snapshots": {"retainVersions": \#(value)}}"#)
            await #expect {
                _ = try await ConfigLoader.load(ConfigSources(file: path))
            } throws: { ($0 as? ConfigError)?.key == "snapshots.retainVersions" }
        }
    }
}
