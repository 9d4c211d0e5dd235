import Foundation
import Testing

/// `cyp health` against the real `cyphub serve`: the host's limits as it enforces them (set here away from their
/// defaults, so a client printing its own defaults fails), as a table with units and in `--json`.
@Suite(.timeLimit(.minutes(2))) struct HealthCLITests {
    static let flags = [
        "--limits-max-frame-bytes", "1048576", "--limits-max-message-bytes", "1572864", "--limits-max-calls-per-connection",
        "7", "--limits-max-connections", "12", "--limits-connection-buffer-bytes", "131072",
        "--limits-compression-threshold-bytes", "2048", "--limits-idle-timeout-seconds", "90",
        "--limits-preface-timeout-seconds", "4", "--limits-stalled-write-timeout-seconds", "20",
    ]

    @Test func healthPrintsTheHostsLimitsWithUnits() async throws {
        let host = try await HostProcess.start(Self.flags)
        let result = try await CYPProcess.run(["health", "--server", host.address])
        #expect(result.status == 0, "\(result.stderr)")
        let limits = try #require(result.stdout.components(separatedBy: "\nLimits\n").last, "\(result.stdout)")
        #expect(
            limits == """
                Largest frame                   1 MiB
                Largest message                 1.5 MiB
                Longest method name             256 bytes
                Calls in flight per connection  7
                Connections                     12
                Buffer per connection           128 KiB
                Compression from                2 KiB
                Preface timeout                 4 s
                Idle timeout                    90 s
                Stalled write timeout           20 s

                """, "\(result.stdout)")
        #expect(try await host.stop() == 0)
    }

    @Test func healthJSONHasTheLimitsInBytesAndMilliseconds() async throws {
        let host = try await HostProcess.start(Self.flags)
        let result = try await CYPProcess.run(["--json", "--server", host.address, "health"])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.json) as? [String: Any])
        #expect(document["status"] as? String == "serving")
        let limits = try #require(document["limits"] as? [String: Int], "\(result.stdout)")
        #expect(
            limits == [
                "maxFrameBytes": 1_048_576, "maxMessageBytes": 1_572_864, "maxMethodNameBytes": 256, "maxCallsPerConnection": 7,
                "maxConnections": 12, "connectionBufferBytes": 131_072, "compressionThresholdBytes": 2048,
                "prefaceTimeoutMs": 4000, "idleTimeoutMs": 90_000, "stalledWriteTimeoutMs": 20_000,
            ])
        #expect(try await host.stop() == 0)
    }
}
