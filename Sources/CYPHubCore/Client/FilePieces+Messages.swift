extension FilePieces {
    /// Told the bytes and lines of the file sent so far, as each piece leaves.
    public typealias Progress = @Sendable (_ bytesSent: Int, _ linesSent: Int) -> Void

    /// The file's pieces as a client-streaming import's messages: `message` builds each from the piece's bytes and
    /// whether it is the first (which names the dataset and the file). `progress` is told the bytes and lines sent
    /// before each piece leaves (the host checks rows as they arrive, so a refused file ends the call early).
    public func messages<Message: Sendable>(
        progress: Progress? = nil, _ message: @escaping @Sendable (_ bytes: [UInt8], _ first: Bool) -> Message
    ) -> some AsyncSequence<Message, any Error> & Sendable {
        let lines = LineCount()
        return map { piece in
            if let progress {
                progress(piece.offset, lines.value)
                lines.add(piece.bytes)
            }
            return message(piece.bytes, piece.index == 0)
        }
    }
}

/// Line breaks in the pieces handed over so far (touched only by the one task that builds the pieces).
final class LineCount: @unchecked Sendable {
    // @unchecked: the import's own task reads and counts, one piece at a time.
    private(set) var value = 0
    func add(_ bytes: [UInt8]) { value += bytes.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
}
