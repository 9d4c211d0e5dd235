/// The delta encoding (docs/snapshots.md, "Deltas"): what changed between two versions of a snapshot, row by row, in
/// UTF-8 JSON Lines like the snapshot encoding. The first line describes it:
///
/// ```
/// {"format":"cyphub-snapshot-delta-1","module":"social-care","authority":"E06000016","period":"2024-10-04","kind":"records","from":"<version>","to":"<version>","columns":["worker_id",…]}
/// ```
///
/// then one line per row added, changed or removed, in ascending key order (``SnapshotKeyOrder``):
///
/// ```
/// {"op":"add","key":"W0042","values":{…}}
/// {"op":"change","key":"W0043","values":{…}}
/// {"op":"remove","key":"W0044"}
/// ```
///
/// An `add` or `change` line is the new version's row line with `"op":…,` put after its `{`; a `remove` line names the
/// key only. Applying the delta to the `from` version's rows (``SnapshotDeltaApplier``) gives the `to` version's
/// encoding byte for byte, so its SHA-256 is the `to` version: a client checks the result as it checks a whole pull.
public enum SnapshotDeltaEncoding {
    /// The `format` of the first line.
    public static let format = "cyphub-snapshot-delta-1"

    /// What happened to a row.
    public enum Operation: String, Sendable, CaseIterable {
        case add, change, remove
    }

    /// The first line, `\n` included.
    public static func headerLine(_ name: SnapshotName, from: String, to: String, columns: [String]) -> [UInt8] {
        SnapshotEncoding.descriptionLine(format: format, name: name, extra: [("from", from), ("to", to)], columns: columns)
    }

    /// The delta line for `row`, a row line of the encoding (`\n` included): `add` and `change` carry the row, `remove`
    /// its key.
    public static func line(_ operation: Operation, row: SnapshotRowLine) -> [UInt8] {
        var out = Array(#"{"op":""#.utf8)
        out.append(contentsOf: Array(operation.rawValue.utf8))
        out.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ",")])
        switch operation {
        case .add, .change:
            out.append(contentsOf: row.bytes.dropFirst())
        case .remove:
            out.append(contentsOf: row.bytes[row.bytes.startIndex + 1..<row.keyEnd])
            out.append(contentsOf: Array("}\n".utf8))
        }
        return out
    }

    /// Reads a delta line: its operation and the row line it carries (for `remove`, a row line with the key and no
    /// values, which only its key is read from).
    public static func parse(_ line: some Collection<UInt8>) throws(SnapshotEncodingError) -> (Operation, SnapshotRowLine) {
        let bytes = Array(line)
        let prefix = Array(#"{"op":""#.utf8)
        guard bytes.starts(with: prefix), let close = bytes[prefix.count...].firstIndex(of: UInt8(ascii: "\"")),
            let operation = Operation(rawValue: String(decoding: bytes[prefix.count..<close], as: UTF8.self)),
            close + 2 < bytes.count, bytes[close + 1] == UInt8(ascii: ",")
        else {
            throw SnapshotEncodingError("a delta line does not start {\"op\":\"add|change|remove\",")
        }
        // The row line: `{` and what follows the operation.
        let row = try SnapshotRowLine([UInt8(ascii: "{")] + bytes[(close + 2)...])
        if operation == .remove {
            guard row.bytes.count == row.keyEnd + 2, row.bytes[row.keyEnd] == UInt8(ascii: "}") else {
                throw SnapshotEncodingError("a remove line holds more than its key")
            }
        }
        return (operation, row)
    }
}

/// One row line of the snapshot encoding, `\n` included, with its key read (unescaped) for comparing.
public struct SnapshotRowLine: Sendable, Equatable {
    /// The line's bytes.
    public let bytes: [UInt8]
    /// The key's UTF-8 bytes, unescaped.
    public let key: [UInt8]
    /// The index in ``bytes`` just after the key's closing quote.
    public let keyEnd: Int

    /// Reads the key of `bytes`, a line that starts `{"key":"`.
    public init(_ bytes: [UInt8]) throws(SnapshotEncodingError) {
        let prefix = Array(#"{"key":""#.utf8)
        guard bytes.starts(with: prefix) else { throw SnapshotEncodingError("a row line does not start {\"key\":") }
        // The key's JSON string starts at the quote ending the prefix.
        let start = prefix.count - 1
        var scanner = SnapshotLineReader.Scanner(Array(bytes[start...]))
        let key = Array(try scanner.string().utf8)
        let position = start + scanner.position
        self.bytes = bytes
        self.key = key
        self.keyEnd = position
    }
}

/// Compares two versions' rows, both in key order, and hands on a delta line for each row added, changed or removed.
/// Holds one line of each at a time.
public struct SnapshotDeltaMerger {
    /// Rows added, changed and removed so far.
    public private(set) var added = 0, changed = 0, removed = 0

    public init() {}

    /// Reads `base` and `target` (each: the next row line, nil at the end; neither includes the first line) to the
    /// end, calling `emit` with each delta line in key order.
    public mutating func merge(
        base: () async throws -> SnapshotRowLine?, target: () async throws -> SnapshotRowLine?,
        emit: ([UInt8]) async throws -> Void
    ) async throws {
        var old = try await base()
        var new = try await target()
        while old != nil || new != nil {
            if let a = old, let b = new, a.key == b.key {
                if a.bytes != b.bytes {
                    changed += 1
                    try await emit(SnapshotDeltaEncoding.line(.change, row: b))
                }
                old = try await base()
                new = try await target()
            } else if let a = old, new == nil || SnapshotKeyOrder.precedes(a.key, new!.key) {
                removed += 1
                try await emit(SnapshotDeltaEncoding.line(.remove, row: a))
                old = try await base()
            } else if let b = new {
                added += 1
                try await emit(SnapshotDeltaEncoding.line(.add, row: b))
                new = try await target()
            }
        }
    }
}

/// Applies a delta to the rows of the version it starts from, giving the new version's row lines in order. The base
/// rows are read as needed (`base`: the next row line, nil at the end), the delta's lines are given one at a time, and
/// each row line of the new version is handed to `emit`; ``finish(emit:)`` hands on the base rows after the last
/// change. Throws when the delta does not fit the base (a change or remove of a key the base lacks, an add of one it
/// has, keys out of order).
public struct SnapshotDeltaApplier {
    private let base: () throws -> SnapshotRowLine?
    private var pending: SnapshotRowLine?
    private var started = false
    private var lastKey: [UInt8]?

    /// An applier reading the base rows from `base`.
    public init(base: @escaping () throws -> SnapshotRowLine?) {
        self.base = base
    }

    private mutating func nextBase() throws -> SnapshotRowLine? {
        if !started {
            started = true
            pending = try base()
        }
        return pending
    }

    /// Applies one delta line.
    public mutating func apply(_ deltaLine: some Collection<UInt8>, emit: ([UInt8]) throws -> Void) throws {
        let (operation, row) = try SnapshotDeltaEncoding.parse(deltaLine)
        if let lastKey, !SnapshotKeyOrder.precedes(lastKey, row.key) {
            throw SnapshotEncodingError("the delta's keys are not in ascending order at '\(String(decoding: row.key, as: UTF8.self))'")
        }
        lastKey = row.key
        // Base rows before this key are unchanged.
        while let held = try nextBase(), SnapshotKeyOrder.precedes(held.key, row.key) {
            try emit(held.bytes)
            pending = try base()
        }
        let matches = try nextBase()?.key == row.key
        let key = String(decoding: row.key, as: UTF8.self)
        switch operation {
        case .add:
            guard !matches else { throw SnapshotEncodingError("the delta adds '\(key)', which the base already has") }
            try emit(Array(row.bytes))
        case .change, .remove:
            guard matches else {
                throw SnapshotEncodingError("the delta \(operation == .change ? "changes" : "removes") '\(key)', which the base lacks")
            }
            pending = try base()
            if operation == .change { try emit(Array(row.bytes)) }
        }
    }

    /// Hands on the base rows after the last change.
    public mutating func finish(emit: ([UInt8]) throws -> Void) throws {
        while let held = try nextBase() {
            try emit(held.bytes)
            pending = try base()
        }
    }
}
