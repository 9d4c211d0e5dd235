public import CYPHubCore
import Logging
import Synchronization

/// A module for tests only (`cyphub.testing.v1`): a sleeping method, a method that keeps a thread busy, a streaming
/// method and a large compressible response. Never listed in `BuiltInModules`.
public struct TestingModule: DomainModule {
    /// Counts handlers that saw cancellation, so tests can check a vanished client cancelled its call.
    public let cancellations: CancellationCounter

    /// Creates the module.
    public init(cancellations: CancellationCounter = CancellationCounter()) {
        self.cancellations = cancellations
    }

    /// `testing`, `cyphub.testing.v1`.
    public var descriptor: ModuleDescriptor {
        ModuleDescriptor(id: "testing", name: "Testing (test only)", version: "1.0.0", protoPackage: "cyphub.testing.v1")
    }

    /// Registers the four methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let counter = cancellations
        try router.register(TestingService.Method.Sleep.self) { request, _ in
            do {
                try await Task.sleep(for: .milliseconds(Int(request.milliseconds)))
            } catch {
                counter.increment()
                throw error
            }
            return SleepResponse(sleptMilliseconds: request.milliseconds)
        }
        try router.register(TestingService.Method.Count.self) { request, writer, _ in
            for number in 1...max(1, request.count) where request.count > 0 {
                if request.intervalMilliseconds > 0 { try await Task.sleep(for: .milliseconds(Int(request.intervalMilliseconds))) }
                try await writer.write(CountResponse(number: UInt32(number)))
            }
        }
        try router.register(TestingService.Method.Spin.self) { request, context in
            // Busy, never suspending, as a costly computation is: it holds whichever thread runs it.
            context.logger.notice("spin started", metadata: ["milliseconds": "\(request.milliseconds)"])
            let end = ContinuousClock.now + .milliseconds(Int(request.milliseconds))
            var iterations: UInt64 = 0
            while ContinuousClock.now < end { iterations &+= 1 }
            return SpinResponse(iterations: iterations)
        }
        try router.register(TestingService.Method.Blob.self) { request, _ in
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
