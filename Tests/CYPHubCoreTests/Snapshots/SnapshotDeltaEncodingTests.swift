import CYPHubCore
import Testing

/// The delta encoding: comparing two versions' rows in key order, and applying the delta to the older rows.
@Suite struct SnapshotDeltaEncodingTests {
    static let columns = ["cases"]

    static func line(_ key: String, _ cases: Int64) throws -> SnapshotRowLine {
        try SnapshotRowLine(try SnapshotEncoding.rowLine(SnapshotDataRow(key: key, values: [.integer(cases)]), columns: columns))
    }

    /// Reads `lines` one at a time.
    final class Lines: @unchecked Sendable {
        var lines: [SnapshotRowLine]
        init(_ lines: [SnapshotRowLine]) { self.lines = lines }
        func next() -> SnapshotRowLine? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    static func delta(_ old: [SnapshotRowLine], _ new: [SnapshotRowLine]) async throws -> (SnapshotDeltaMerger, [String]) {
        let (a, b) = (Lines(old), Lines(new))
        var merger = SnapshotDeltaMerger()
        var out: [String] = []
        try await merger.merge(base: a.next, target: b.next) { out.append(String(decoding: $0, as: UTF8.self)) }
        return (merger, out)
    }

    static func apply(_ old: [SnapshotRowLine], _ delta: [String]) throws -> [String] {
        let base = Lines(old)
        var applier = SnapshotDeltaApplier(base: { base.next() })
        var out: [String] = []
        for line in delta { try applier.apply(Array(line.utf8)) { out.append(String(decoding: $0, as: UTF8.self)) } }
        try applier.finish { out.append(String(decoding: $0, as: UTF8.self)) }
        return out
    }

    @Test func aDeltaNamesEachRowAddedChangedAndRemovedInKeyOrderAndApplyingItGivesTheNewRows() async throws {
        let old = [try Self.line("a", 1), try Self.line("b", 2), try Self.line("c", 3), try Self.line("e", 5)]
        let new = [try Self.line("a", 1), try Self.line("c", 4), try Self.line("d", 9), try Self.line("e", 5), try Self.line("f", 6)]
        let (merger, delta) = try await Self.delta(old, new)
        #expect(merger.added == 2)
        #expect(merger.changed == 1)
        #expect(merger.removed == 1)
        #expect(
            delta == [
                #"{"op":"remove","key":"b"}"# + "\n",
                #"{"op":"change","key":"c","values":{"cases":4}}"# + "\n",
                #"{"op":"add","key":"d","values":{"cases":9}}"# + "\n",
                #"{"op":"add","key":"f","values":{"cases":6}}"# + "\n",
            ])
        #expect(try Self.apply(old, delta) == new.map { String(decoding: $0.bytes, as: UTF8.self) })
    }

    @Test func theSameRowsGiveAnEmptyDeltaAndKeysAreComparedUnescapedAsUTF8Bytes() async throws {
        // `a"b` is escaped in the line; "é" (0xC3 0xA9) sorts after "z" (0x7A) by bytes.
        let rows = [try Self.line(#"a"b"#, 1), try Self.line("z", 2), try Self.line("é", 3)]
        #expect(rows[0].key == Array(#"a"b"#.utf8))
        #expect(String(decoding: rows[0].bytes[..<rows[0].keyEnd], as: UTF8.self) == #"{"key":"a\"b""#)
        let (same, none) = try await Self.delta(rows, rows)
        #expect(none.isEmpty)
        #expect(same.added + same.changed + same.removed == 0)
        let (_, removal) = try await Self.delta(rows, Array(rows.dropFirst()))
        #expect(removal == [#"{"op":"remove","key":"a\"b"}"# + "\n"])
        #expect(try Self.apply(rows, removal) == rows.dropFirst().map { String(decoding: $0.bytes, as: UTF8.self) })
    }

    @Test func aDeltaThatDoesNotFitTheBaseIsRefusedNamingTheKey() throws {
        let base = [try Self.line("a", 1)]
        #expect(throws: SnapshotEncodingError("the delta changes 'b', which the base lacks")) {
            try Self.apply(base, [#"{"op":"change","key":"b","values":{"cases":1}}"# + "\n"])
        }
        #expect(throws: SnapshotEncodingError("the delta removes 'b', which the base lacks")) {
            try Self.apply(base, [#"{"op":"remove","key":"b"}"# + "\n"])
        }
        #expect(throws: SnapshotEncodingError("the delta adds 'a', which the base already has")) {
            try Self.apply(base, [#"{"op":"add","key":"a","values":{"cases":1}}"# + "\n"])
        }
        #expect(throws: SnapshotEncodingError("the delta's keys are not in ascending order at 'c'")) {
            try Self.apply(
                base, [#"{"op":"add","key":"d","values":{"cases":1}}"# + "\n", #"{"op":"add","key":"c","values":{"cases":1}}"# + "\n"])
        }
        #expect(throws: SnapshotEncodingError("a delta line does not start {\"op\":\"add|change|remove\",")) {
            try Self.apply(base, [#"{"op":"move","key":"a"}"# + "\n"])
        }
    }

    @Test func rowsBuiltInMemoryArePagedInKeyOrderAndTwoRowsWithOneKeyAreRefused() async throws {
        let content = SnapshotContent(
            columns: ["v"], rows: ["m", "b", "z", "a"].map { SnapshotDataRow(key: $0, values: [.text($0)]) })
        let rows = try SnapshotRows(sorting: content)
        #expect(try await rows.page(nil, 3).map(\.key) == ["a", "b", "m"])
        #expect(try await rows.page("b", 3).map(\.key) == ["m", "z"])
        #expect(try await rows.page("c", 1).map(\.key) == ["m"])
        #expect(try await rows.page("z", 3).isEmpty)
        #expect(throws: SnapshotEncodingError("two rows have the key 'a'")) {
            try SnapshotRows(
                sorting: SnapshotContent(columns: [], rows: [SnapshotDataRow(key: "a", values: []), SnapshotDataRow(key: "a", values: [])]))
        }
    }
}
