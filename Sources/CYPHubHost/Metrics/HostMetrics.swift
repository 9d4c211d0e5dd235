import CYPHubCore
import CYPHubWire
import CoreMetrics
import NIOCore
import Prometheus
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

    /// The series of calls that named no method this host serves.
    let unknownMethodSeries: MethodSeries

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
        unknownMethodSeries = MethodSeries(method: Self.unknownMethod, factory: factory)
    }

    /// The call series of `method`, made once when the host registers it (``DispatchTable/Entry``), so that counting a
    /// call hashes no string and takes no host-wide lock.
    func series(forMethod method: String) -> MethodSeries {
        MethodSeries(method: method, factory: factory)
    }

    /// Counts a call that ended with `code`, `duration` after its CALL_START arrived. `series` is nil for a call that
    /// named no method this host serves.
    func callEnded(_ series: MethodSeries?, code: StatusCode, duration: TimeAmount) {
        (series ?? unknownMethodSeries).ended(code: code, duration: duration)
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

    /// Counts bytes of the preface and frames read from a client's socket (`cyphub_received_bytes_total`); a
    /// connection reports them once per read burst, not per frame.
    func received(bytes: Int) {
        if bytes > 0 { bytesReceived.increment(by: bytes) }
    }

    /// Counts bytes written to a client's socket (`cyphub_sent_bytes_total`); a connection reports them once per
    /// flush.
    func sent(bytes: Int) {
        if bytes > 0 { bytesSent.increment(by: bytes) }
    }

    /// Counts the rows an import call stored, as its response says.
    func countImport(_ outcome: any ImportOutcome, module: String) {
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

extension HostMetrics {
    /// One method's `cyphub_calls_total` counters (one per status code) and `cyphub_call_duration_seconds` histogram,
    /// each made on first use, so a method never called prints no series.
    final class MethodSeries: Sendable {
        let method: String
        private let factory: PrometheusMetricsFactory

        private struct Handles {
            var duration: CoreMetrics.Timer?
            var counters: [StatusCode: CoreMetrics.Counter] = [:]
        }

        private let handles = Mutex(Handles())

        fileprivate init(method: String, factory: PrometheusMetricsFactory) {
            self.method = method
            self.factory = factory
        }

        fileprivate func ended(code: StatusCode, duration: TimeAmount) {
            let (counter, timer) = handles.withLock { handles in
                let timer =
                    handles.duration
                    ?? CoreMetrics.Timer(label: "cyphub_call_duration_seconds", dimensions: [("method", method)], factory: factory)
                handles.duration = timer
                if let counter = handles.counters[code] { return (counter, timer) }
                let counter = CoreMetrics.Counter(
                    label: "cyphub_calls_total", dimensions: [("method", method), ("code", code.name)], factory: factory)
                handles.counters[code] = counter
                return (counter, timer)
            }
            counter.increment()
            timer.recordNanoseconds(duration.nanoseconds)
        }
    }
}

extension HostMetrics.CloseReason {
    /// The reason for a connection closed on `error`: a frame too large, another wire error, or a socket error.
    init(closingOn error: any Error) {
        switch error as? WireError {
        case .frameTooLarge: self = .frameTooLarge
        case .some: self = .protocolViolation
        case nil:
            // A peer that resets the connection (or is gone when the host writes) closed it, as with a FIN.
            if let io = error as? IOError, io.errnoCode == ECONNRESET || io.errnoCode == EPIPE {
                self = .peer
            } else {
                self = .error
            }
        }
    }
}
