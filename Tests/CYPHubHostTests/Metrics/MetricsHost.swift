import CYPHubCore
import CYPHubHost
import CYPHubTesting
import CYPHubWire
import Foundation
import Logging
import NIOCore
import ServiceLifecycle
import Testing

/// A host with its metrics endpoint on a loopback port, run as `cyphub serve` runs it: every service of
/// `HubHost.services` in a real `ServiceGroup`, shut down gracefully at the end.
struct MetricsHost {
    let host: HubHost
    /// The wire protocol's port.
    let port: Int
    /// The metrics endpoint's port.
    let metricsPort: Int

    static func withRunning<T: Sendable>(
        modules: [any DomainModule], limits: WireLimits = WireLimits(), _ body: (MetricsHost) async throws -> T
    ) async throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cyphub-metrics-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = HostConfiguration(
            listen: ListenAddress(host: "127.0.0.1", port: 0), metricsListen: ListenAddress(host: "127.0.0.1", port: 0),
            dataDirectory: directory, enabledModules: modules.map(\.descriptor.id), limits: limits,
            shutdownGracePeriod: .seconds(2), source: "test")
        var logger = Logger(label: "cyphub.metrics-test")
        logger.logLevel = .critical
        let host = try await HubHost.make(configuration: configuration, modules: modules, logger: logger)
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(services: host.services.map { .init(service: $0) }, logger: logger))
        let running = Task { try await group.run() }
        do {
            let metricsServer = try #require(host.metricsServer)
            let started = MetricsHost(
                host: host, port: try await host.server.listeningPort(), metricsPort: try await metricsServer.listeningPort())
            let result = try await body(started)
            await group.triggerGracefulShutdown()
            try await running.value
            return result
        } catch {
            await group.triggerGracefulShutdown()
            _ = try? await running.value
            throw error
        }
    }

    /// `GET path` over a new HTTP/1.1 connection.
    func get(_ path: String = "/metrics", method: String = "GET") async throws -> HTTPAnswer {
        let connection = try RawConnection(port: metricsPort)
        try await connection.send(Array("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8))
        let (bytes, closed) = await connection.readUntilClosed()
        #expect(closed)
        return try HTTPAnswer(String(decoding: bytes, as: UTF8.self))
    }

    /// The metrics now.
    func scrape() async throws -> Samples {
        let answer = try await get()
        #expect(answer.status == 200)
        return Samples(answer.body)
    }

    /// Scrapes until `condition` holds, every 20 ms, failing after `timeout`; returns the last scrape.
    @discardableResult
    func scrape(until condition: (Samples) -> Bool, timeout: Duration = .seconds(10)) async throws -> Samples {
        let deadline = ContinuousClock.now + timeout
        while true {
            let samples = try await scrape()
            if condition(samples) { return samples }
            guard ContinuousClock.now < deadline else {
                Issue.record("condition not met within \(timeout); last scrape:\n\(samples.text)")
                return samples
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }
}

/// An HTTP response: status, headers (names in lower case) and body.
struct HTTPAnswer {
    let status: Int
    let headers: [String: String]
    let body: String

    init(_ text: String) throws {
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = parts[0].components(separatedBy: "\r\n")
        let statusLine = lines[0].split(separator: " ")
        status = try #require(statusLine.count >= 2 ? Int(statusLine[1]) : nil, "not an HTTP response: \(text)")
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = parts.dropFirst().joined(separator: "\r\n\r\n")
    }
}

/// The samples of a Prometheus text exposition, by series (`name{label="value",…}`).
struct Samples {
    let text: String
    let values: [String: Double]

    init(_ text: String) {
        self.text = text
        var values: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
            values[String(line[..<space])] = value
        }
        self.values = values
    }

    subscript(_ series: String) -> Double? { values[series] }

    /// Every series of the metric `name`, with its value.
    func series(_ name: String) -> [String: Double] {
        values.filter { $0.key == name || $0.key.hasPrefix(name + "{") }
    }

    /// `cyphub_calls_total` of `method` ending with `code`.
    func calls(_ method: String, _ code: String) -> Double? {
        values["cyphub_calls_total{method=\"\(method)\",code=\"\(code)\"}"]
    }

    /// `cyphub_connections_closed_total` for `reason`.
    func closed(_ reason: String) -> Double? {
        values["cyphub_connections_closed_total{reason=\"\(reason)\"}"]
    }
}
