public import CYPHubCore
import Logging
import Synchronization

/// A module for tests only (`cyphub.testing.v1`): a sleeping method, a method that keeps a thread busy, a streaming
/// method and a large compressible response. Never listed in `BuiltInModules`.
public struct TestingModule: DomainModule {
    /// Counts handlers that saw cancellation, so tests can check a vanished client cancelled its call.
    public let cancellations: CancellationCounter

    /// When set, the module runs a background service and writes here when it starts and when it is told to stop, and
    /// when a Sleep call's handler finishes, so a test can check the order of a shutdown.
    public let events: EventRecorder?

    /// Creates the module.
    public init(cancellations: CancellationCounter = CancellationCounter(), events: EventRecorder? = nil) {
        self.cancellations = cancellations
        self.events = events
    }

    /// A service recording its start and its stop in ``events``, if set.
    public func makeBackgroundServices(context: ModuleContext) throws -> [any BackgroundService] {
        events.map { [RecordingService(events: $0)] } ?? []
    }

    /// `testing`, `cyphub.testing.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "testing", name: "Testing (test only)", version: "1.0.0", protoPackage: "cyphub.testing.v1")
    }

    /// Registers the four methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let counter = cancellations
        let events = self.events
        try router.register(TestingService.Method.Sleep.self, access: .read(.aggregate)) { request, _ in
            do {
                try await Task.sleep(for: .milliseconds(Int(request.milliseconds)))
            } catch {
                counter.increment()
                throw error
            }
            events?.record("sleep finished")
            return SleepResponse(sleptMilliseconds: request.milliseconds)
        }
        try router.register(TestingService.Method.Count.self, access: .read(.aggregate)) { request, writer, _ in
            for number in 1...max(1, request.count) where request.count > 0 {
                if request.intervalMilliseconds > 0 { try await Task.sleep(for: .milliseconds(Int(request.intervalMilliseconds))) }
                try await writer.write(CountResponse(number: UInt32(number)))
            }
        }
        try router.register(TestingService.Method.Spin.self, access: .read(.aggregate)) { request, context in
            // Busy, never suspending, as a costly computation is: it holds whichever thread runs it.
            context.logger.notice("spin started", metadata: ["milliseconds": "\(request.milliseconds)"])
            let end = ContinuousClock.now + .milliseconds(Int(request.milliseconds))
            var iterations: UInt64 = 0
            while ContinuousClock.now < end { iterations &+= 1 }
            return SpinResponse(iterations: iterations)
        }
        try router.register(TestingService.Method.Blob.self, access: .read(.aggregate)) { request, _ in
            let size = Int(request.size)
            let pattern = Array("children in need per 10,000 ".utf8)
            let bytes = (0..<size).map { pattern[$0 % pattern.count] }
            return BlobResponse(data: bytes, text: String(decoding: bytes, as: UTF8.self))
        }
    }
}

/// A thread-safe counter.
public final class CancellationCounter: Sendable {
    private let value = Mutex(0)
    /// Creates a counter at 0.
    public init() {}
    /// Adds one.
    public func increment() { value.withLock { $0 += 1 } }
    /// The count.
    public var count: Int { value.withLock { $0 } }
}

/// Events in the order they happened, recorded from any task.
public final class EventRecorder: Sendable {
    private let recorded = Mutex<[String]>([])
    /// Creates an empty recorder.
    public init() {}
    /// Appends `event`.
    public func record(_ event: String) { recorded.withLock { $0.append(event) } }
    /// The events so far.
    public var events: [String] { recorded.withLock { $0 } }
}

/// The testing module's background service: records when it starts and when it is told to stop (cancelled).
private struct RecordingService: BackgroundService {
    let events: EventRecorder

    func run() async throws {
        events.record("background started")
        // Runs until shutdown cancels it.
        while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
        events.record("background stopped")
    }
}

// The testing service's responses carry no counts of people: nothing to withhold.
extension SleepResponse: SmallNumberSuppressible {
    /// Itself.
    public func suppressingSmallNumbers() -> Self { self }
}

extension CountResponse: SmallNumberSuppressible {
    /// Itself.
    public func suppressingSmallNumbers() -> Self { self }
}

extension BlobResponse: SmallNumberSuppressible {
    /// Itself.
    public func suppressingSmallNumbers() -> Self { self }
}

extension SpinResponse: SmallNumberSuppressible {
    /// Itself.
    public func suppressingSmallNumbers() -> Self { self }
}
