import CYPHubClient
import CYPHubCore
import CYPHubWire

extension CYPHubClient {
    /// `Diagnostics/Echo` with `payload`, returning the payload echoed.
    func echo(_ payload: [UInt8], options: CallOptions = .defaults) async throws -> [UInt8] {
        try await unary(Diagnostics.Method.Echo.self, request: EchoRequest(payload: payload), options: options).payload
    }

    /// Connects to a fake host on 127.0.0.1. The fake host's script runs on Swift's shared pool, which other suites'
    /// work can hold for seconds on a small machine: the connect timeout is long so that only a broken client fails.
    static func local(_ port: Int, limits: WireLimits = WireLimits(), keepAlive: Duration? = nil) async throws -> CYPHubClient {
        try await bounded {
            try await CYPHubClient.connect(
                host: "127.0.0.1", port: port, limits: limits, connectTimeout: .seconds(60), keepAlive: keepAlive)
        }
    }
}
