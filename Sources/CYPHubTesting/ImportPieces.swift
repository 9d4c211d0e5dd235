/// A file cut into the pieces of a client-streaming import, for tests: every `size` bytes (so a piece may end inside a
/// quoted field, a row or a UTF-8 character), each built by `message` from its bytes and whether it is the first.
public func importPieces<Message: Sendable>(
    _ text: String, size: Int, _ message: (_ bytes: [UInt8], _ first: Bool) -> Message
) -> AsyncStream<Message> {
    let bytes = Array(text.utf8)
    let pieces = stride(from: 0, to: Swift.max(bytes.count, 1), by: Swift.max(size, 1)).map { start in
        message(Array(bytes[start..<Swift.min(start + size, bytes.count)]), start == 0)
    }
    return AsyncStream { continuation in
        for piece in pieces { continuation.yield(piece) }
        continuation.finish()
    }
}
