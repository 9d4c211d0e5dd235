import CYPHubCore
import Testing

/// The canonical snapshot encoding: written one way only, read back for CSV, and split into chunks of whole lines.
@Suite struct SnapshotEncodingTests {
    static let name = SnapshotName(module: "social-care", authority: "E06000016", period: "2024-10-04", kind: .aggregate)

    @Test func writesTheHeaderAndRowsOneWayOnly() throws {
        let header = SnapshotEncoding.headerLine(Self.name, columns: ["label", "value"])
        #expect(
            String(decoding: header, as: UTF8.self)
                == #"{"format":"cyphub-snapshot-1","module":"social-care","authority":"E06000016","period":"2024-10-04","kind":"aggregate","columns":["label","value"]}"#
                + "\n")
        let row = SnapshotDataRow(key: "k\"1", values: [.text("a\\b\n\t\u{01}é"), .integer(-42), .decimal(79.7), .decimal(1e-5)])
        let line = try SnapshotEncoding.rowLine(row, columns: ["text", "count", "rate", "small"])
        #expect(
            String(decoding: line, as: UTF8.self)
                == #"{"key":"k\"1","values":{"text":"a\\b\n\t\u0001é","count":-42,"rate":79.7,"small":1e-05}}"# + "\n")
    }

    @Test func refusesARowWithTheWrongNumberOfValuesOrANumberThatIsNotFinite() {
        #expect(throws: SnapshotEncodingError.self) {
            try SnapshotEncoding.rowLine(SnapshotDataRow(key: "a", values: [.integer(1)]), columns: ["x", "y"])
        }
        do {
            _ = try SnapshotEncoding.rowLine(SnapshotDataRow(key: "a", values: [.decimal(.nan)]), columns: ["x"])
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "row 'a' column 'x': nan is not a finite number")
        }
    }

    @Test func readsRowsBackAsTheTextTheyWereWrittenFrom() throws {
        let columns = ["text", "count", "rate"]
        let header = SnapshotEncoding.headerLine(Self.name, columns: columns)
        #expect(try SnapshotLineReader.columns(ofHeader: header) == columns)
        let line = try SnapshotEncoding.rowLine(
            SnapshotDataRow(key: "W\"1", values: [.text("a,\"b\"\n\u{01}é"), .integer(7), .decimal(0.1)]), columns: columns)
        let row = try SnapshotLineReader.row(line)
        #expect(row.key == "W\"1")
        #expect(row.values == ["a,\"b\"\n\u{01}é", "7", "0.1"])
        do {
            _ = try SnapshotLineReader.row(Array(#"{"key":"a","values":{"x":1}"#.utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "not the snapshot encoding at byte 28: expected '}'")
        }
    }

    @Test func chunksHoldWholeLinesUpToTheLimit() throws {
        var chunker = SnapshotChunker(limit: 10)
        let none = [try chunker.append(Array("aaaa\n".utf8)), try chunker.append(Array("bbbb\n".utf8))]
        #expect(none.allSatisfy { $0 == nil })
        let completed = try chunker.append(Array("cc\n".utf8))
        let first = try #require(completed)
        #expect(first.bytes == Array("aaaa\nbbbb\n".utf8))
        #expect(first.lines == 2)
        let finished = chunker.finish()
        let last = try #require(finished)
        #expect(last.bytes == Array("cc\n".utf8))
        let again = chunker.finish()
        #expect(again == nil)
        do {
            _ = try chunker.append(Array("eleven byte".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "a row of 11 bytes is longer than a chunk (10 bytes)")
        }
    }
}
