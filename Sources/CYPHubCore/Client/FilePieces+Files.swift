extension FilePieces {
    /// Several files' pieces, one file after another, as the messages of a client-streaming import that sends them in
    /// one call: `message` builds each from the piece's bytes, its file's index in `files` and whether it is that file's
    /// first piece (which names the file). `progress` is told the bytes and lines sent, over all the files, before each
    /// piece leaves. Memory holds one piece at a time.
    public static func messages<Message: Sendable>(
        of files: [FilePieces], progress: Progress? = nil,
        _ message: @escaping @Sendable (_ bytes: [UInt8], _ file: Int, _ first: Bool) -> Message
    ) -> some AsyncSequence<Message, any Error> & Sendable {
        let lines = LineCount()
        return Files(files: files).map { file, before, piece in
            if let progress {
                progress(before + piece.offset, lines.value)
                lines.add(piece.bytes)
            }
            return message(piece.bytes, file, piece.index == 0)
        }
    }

    /// The pieces of each file in turn, with the file's index and the bytes of the files before it.
    private struct Files: AsyncSequence, Sendable {
        let files: [FilePieces]

        struct AsyncIterator: AsyncIteratorProtocol {
            let files: [FilePieces]
            var file = 0
            var before = 0
            var current: FilePieces.AsyncIterator?

            mutating func next() async throws -> (Int, Int, FilePieces.Piece)? {
                while file < files.count {
                    if current == nil { current = files[file].makeAsyncIterator() }
                    if let piece = try await current?.next() {
                        return (file, before, piece)
                    }
                    before += current?.offset ?? 0
                    (file, current) = (file + 1, nil)
                }
                return nil
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(files: files) }
    }
}
