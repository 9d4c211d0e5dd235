/// The bytes libFuzzer hands a target, read from the front: a choice byte, then the rest.
public struct FuzzInput {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    /// Reads `count` bytes at `data` (libFuzzer's arguments; `data` may be null when `count` is 0).
    public init(_ data: UnsafePointer<UInt8>?, _ count: Int) {
        bytes = UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : count)
    }

    /// The next byte, or `nil` at the end.
    public mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// One of `count` choices from the next byte (`nil` at the end or when `count` is 0).
    public mutating func choice(of count: Int) -> Int? {
        guard count > 0, let byte = byte() else { return nil }
        return Int(byte) % count
    }

    /// Every byte not read yet.
    public var rest: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: bytes[offset...]) }
}
