import CYPHubCore
import CYPHubWire
import CoreMetrics
import NIOCore
import Prometheus
import Synchronization

/// One host's metrics (see README, "Metrics"): swift-metrics handles made by a Prometheus factory over a registry of
/// the host's own.
///
/// The handles are made with an explicit factory rather than through `MetricsSystem.bootstrap`, which a process may
/// call only once: each host counts into its own registry, so several hosts in one process (tests, tools) never
/// share or double-count a series, and making a host never crashes. The server and connections call the one-line
/// hooks below; the gauges are sampled when `/metrics` is read, so the hot paths pay nothing for them.
final class HostMetrics: Sendable {
    /// Why a connection that was admitted closed: the `reason` label of `cyphub_connections_closed_total`.
    enum CloseReason: String, CaseIterable, Sendable {
        /// The client closed it, or sent GOAWAY and its calls ended.
        case peer
        /// The host drained it at shutdown (or closed it when the grace period ran out).
        case shutdown
        /// Closed to admit a new connection at `limits.maxConnections`: it was the longest idle.
        case replacedIdle = "replaced_idle"
        /// No preface within `limits.prefaceTimeoutSeconds`.
        case prefaceTimeout = "preface_timeout"
        /// No call and no frame for `limits.idleTimeoutSeconds`.
        case idleTimeout = "idle_timeout"
        /// The peer took no replies for `limits.stalledWriteTimeoutSeconds`.
        case stalledWrite = "stalled_write"
        /// A frame over `limits.maxFrameBytes`.
        case frameTooLarge = "frame_too_large"
        /// Not the CYPHub protocol, another protocol version, an unknown frame type, a bad call id.
        case protocolViolation = "protocol_violation"
        /// A socket error.
        case error
    }

    /// The `method` label of a call that named no method this host serves, or was refused before its CALL_START was
    /// read: client text never becomes a label, so the number of series stays bounded.
    static let unknownMethod = "unknown"

    /// Upper bounds of the call duration histogram's buckets: 1 ms to 30 s.
    static let durationBuckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
        .seconds(10), .seconds(30),
    ]

    /// The registry the handles count into; `/metrics` prints it.
    private let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let connectionsAccepted: CoreMetrics.Counter
    private let connectionsRefused: CoreMetrics.Counter
    private let connectionsClosed: [CloseReason: CoreMetrics.Counter]
    private let bytesReceived: CoreMetrics.Counter
    private let bytesSent: CoreMetrics.Counter
    private let connectionsOpen: CoreMetrics.Gauge
    private let callsInFlight: CoreMetrics.Gauge
    private let callsWaiting: CoreMetrics.Gauge

    private struct CallSeries: Hashable {
        let method: String
        let code: StatusCode
    }

    /// Call counters and duration histograms, made on a series' first use.
    private struct CallHandles {
        var counters: [CallSeries: CoreMetrics.Counter] = [:]
        var durations: [String: CoreMetrics.Timer] = [:]

        mutating func counter(_ series: CallSeries, factory: PrometheusMetricsFactory) -> CoreMetrics.Counter {
            if let counter = counters[series] { return counter }
            let counter = CoreMetrics.Counter(
                label: "cyphub_calls_total", dimensions: [("method", series.method), ("code", series.code.name)], factory: factory)
            counters[series] = counter
            return counter
        }

        mutating func duration(_ method: String, factory: PrometheusMetricsFactory) -> CoreMetrics.Timer {
            if let timer = durations[method] { return timer }
            let timer = CoreMetrics.Timer(label: "cyphub_call_duration_seconds", dimensions: [("method", method)], factory: factory)
            durations[method] = timer
            return timer
        }
    }

    private let calls = Mutex(CallHandles())

    init() {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets = ["cyphub_call_duration_seconds": Self.durationBuckets]
        self.registry = registry
        self.factory = factory
        connectionsAccepted = CoreMetrics.Counter(label: "cyphub_connections_accepted_total", factory: factory)
        connectionsRefused = CoreMetrics.Counter(label: "cyphub_connections_refused_total", factory: factory)
        connectionsClosed = Dictionary(
            uniqueKeysWithValues: CloseReason.allCases.map { reason in
                (
                    reason,
                    CoreMetrics.Counter(
                        label: "cyphub_connections_closed_total", dimensions: [("reason", reason.rawValue)], factory: factory)
                )
            })
        bytesReceived = CoreMetrics.Counter(label: "cyphub_received_bytes_total", factory: factory)
        bytesSent = CoreMetrics.Counter(label: "cyphub_sent_bytes_total", factory: factory)
        connectionsOpen = CoreMetrics.Gauge(label: "cyphub_connections_open", factory: factory)
        callsInFlight = CoreMetrics.Gauge(label: "cyphub_calls_in_flight", factory: factory)
        callsWaiting = CoreMetrics.Gauge(label: "cyphub_calls_waiting", factory: factory)
    }

    /// Counts a call that ended with `code`, `duration` after its CALL_START arrived. `method` is nil for a call that
    /// named no method this host serves.
    func callEnded(method: String?, code: StatusCode, duration: TimeAmount) {
        let series = CallSeries(method: method ?? Self.unknownMethod, code: code)
        let (counter, timer) = calls.withLock { handles in
            (handles.counter(series, factory: factory), handles.duration(series.method, factory: factory))
        }
        counter.increment()
        timer.recordNanoseconds(duration.nanoseconds)
    }

    /// Counts a connection admitted (`cyphub_connections_accepted_total`).
    func connectionAccepted() {
        connectionsAccepted.increment()
    }

    /// Counts a connection closed at once at `limits.maxConnections`, every open one busy
    /// (`cyphub_connections_refused_total`).
    func connectionRefused() {
        connectionsRefused.increment()
    }

    /// Counts an admitted connection closed, once, when it has (`cyphub_connections_closed_total`).
    func connectionClosed(_ reason: CloseReason) {
        connectionsClosed[reason]?.increment()
    }

    /// Counts bytes of the preface or a frame read from a client's socket (`cyphub_received_bytes_total`).
    func received(bytes: Int) {
        bytesReceived.increment(by: bytes)
    }

    /// Counts bytes written to a client's socket (`cyphub_sent_bytes_total`).
    func sent(bytes: Int) {
        bytesSent.increment(by: bytes)
    }

    /// Counts the rows an import call stored (`response` says how many, if it is an ``ImportOutcome``).
    func countImport(_ response: any ProtoMessage, module: String) {
        guard let outcome = response as? any ImportOutcome else { return }
        for stored in outcome.storedRows where stored.rows > 0 {
            CoreMetrics.Counter(
                label: "cyphub_import_rows_total", dimensions: [("module", module), ("dataset", stored.dataset)], factory: factory
            ).increment(by: stored.rows)
        }
    }

    /// Every series in Prometheus text format.
    func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }

    /// Sets the gauges to what the server holds now (called before each scrape).
    func sample(connectionsOpen: Int, callsInFlight: Int, callsWaiting: Int) {
        self.connectionsOpen.record(connectionsOpen)
        self.callsInFlight.record(callsInFlight)
        self.callsWaiting.record(callsWaiting)
    }
}

extension HostMetrics.CloseReason {
    /// The reason for a connection closed on `error`: a frame too large, another wire error, or a socket error.
    init(closingOn error: any Error) {
        switch error as? WireError {
        case .frameTooLarge: self = .frameTooLarge
        case .some: self = .protocolViolation
        case nil: self = .error
        }
    }
}
