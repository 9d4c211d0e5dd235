public import CYPHubCore
import Synchronization

/// A module for tests only (`cyphub.testing.v1`): a sleeping method, a streaming method and a large
/// compressible response. Never listed in `BuiltInModules`.
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

    /// `Testing/Sleep`.
    public static let sleep = MethodDescriptor(service: "cyphub.testing.v1.Testing", method: "Sleep")
    /// `Testing/Count`.
    public static let count = MethodDescriptor(service: "cyphub.testing.v1.Testing", method: "Count")
    /// `Testing/Blob`.
    public static let blob = MethodDescriptor(service: "cyphub.testing.v1.Testing", method: "Blob")

    /// Registers the three methods.
    public func registerMethods(with router: inout Router, context: ModuleContext) throws {
        let counter = cancellations
        try router.registerUnary(Self.sleep, request: SleepRequest.self, response: SleepResponse.self) { request, _ in
            do {
                try await Task.sleep(for: .milliseconds(Int(request.milliseconds)))
            } catch {
                counter.increment()
                throw error
            }
            return SleepResponse(sleptMilliseconds: request.milliseconds)
        }
        try router.registerServerStreaming(Self.count, request: CountRequest.self, response: CountResponse.self) { request, writer, _ in
            for number in 1...max(1, request.count) where request.count > 0 {
                if request.intervalMilliseconds > 0 { try await Task.sleep(for: .milliseconds(Int(request.intervalMilliseconds))) }
                try await writer.write(CountResponse(number: UInt32(number)))
            }
        }
        try router.registerUnary(Self.blob, request: BlobRequest.self, response: BlobResponse.self) { request, _ in
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

/// `cyphub.testing.v1.SleepRequest`.
public struct SleepRequest: Codable, Sendable, Hashable {
    /// Milliseconds to sleep.
    public var milliseconds: UInt32
    /// Creates a request.
    public init(milliseconds: UInt32) { self.milliseconds = milliseconds }
}

/// `cyphub.testing.v1.SleepResponse`.
public struct SleepResponse: Codable, Sendable, Hashable {
    /// Milliseconds slept.
    public var sleptMilliseconds: UInt32
}

/// `cyphub.testing.v1.CountRequest`.
public struct CountRequest: Codable, Sendable, Hashable {
    /// How many messages.
    public var count: UInt32
    /// Pause between them.
    public var intervalMilliseconds: UInt32
    /// Creates a request.
    public init(count: UInt32, intervalMilliseconds: UInt32 = 0) {
        self.count = count
        self.intervalMilliseconds = intervalMilliseconds
    }
}

/// `cyphub.testing.v1.CountResponse`.
public struct CountResponse: Codable, Sendable, Hashable {
    /// 1...count.
    public var number: UInt32
}

/// `cyphub.testing.v1.BlobRequest`.
public struct BlobRequest: Codable, Sendable, Hashable {
    /// Bytes wanted.
    public var size: UInt32
    /// Creates a request.
    public init(size: UInt32) { self.size = size }
}

/// `cyphub.testing.v1.BlobResponse`.
public struct BlobResponse: Codable, Sendable, Hashable {
    /// The bytes.
    public var data: [UInt8]
    /// The same bytes as text.
    public var text: String
}
