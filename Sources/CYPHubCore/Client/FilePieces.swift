import Foundation

/// A file read in pieces, in order, for a client-streaming import: memory holds one piece at a time, whatever the file's
/// size. An empty file gives one empty piece (so the host sees the file, and says it is empty).
public struct FilePieces: AsyncSequence, Sendable {
    /// The default piece: 1 MiB, well under the host's 4 MiB message limit.
    public static let defaultPieceBytes = 1 << 20

    /// One piece: where it starts in the file, and its bytes.
    public struct Piece: Sendable {
        /// Its 0-based position among the pieces.
        public var index: Int
        /// Its first byte's offset in the file.
        public var offset: Int
        /// Its bytes.
        public var bytes: [UInt8]
    }

    /// The file.
    public let path: String
    /// The most bytes a piece holds.
    public let pieceBytes: Int

    /// The pieces of the file at `path`; iterating throws `INVALID_ARGUMENT` naming it when it cannot be read.
    public init(path: String, pieceBytes: Int = defaultPieceBytes) {
        self.path = path
        self.pieceBytes = Swift.max(1, pieceBytes)
    }

    /// The file's size in bytes, or nil when it cannot be read.
    public var size: Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }

    /// Reads the next piece each time.
    public struct AsyncIterator: AsyncIteratorProtocol {
        let path: String
        let pieceBytes: Int
        var handle: FileHandle?
        var index = 0
        var offset = 0
        var done = false

        /// The next piece, or nil after the last.
        public mutating func next() async throws -> Piece? {
            guard !done else { return nil }
            if handle == nil {
                guard let opened = FileHandle(forReadingAtPath: path) else {
                    done = true
                    throw RPCError.invalidArgument("cannot read \(path)")
                }
                handle = opened
            }
            let data: Data
            do {
                data = try handle?.read(upToCount: pieceBytes) ?? Data()
            } catch {
                done = true
                throw RPCError.invalidArgument("cannot read \(path): \(error.localizedDescription)")
            }
            if data.isEmpty && index > 0 {
                done = true
                try? handle?.close()
                return nil
            }
            let piece = Piece(index: index, offset: offset, bytes: [UInt8](data))
            index += 1
            offset += data.count
            if data.isEmpty { done = true }
            return piece
        }
    }

    /// An iterator that opens the file at its first piece.
    public func makeAsyncIterator() -> AsyncIterator { AsyncIterator(path: path, pieceBytes: pieceBytes) }
}
