import CYPHubCore
import Testing

@Suite struct CSVStreamReaderTests {
    static let columns = ["authority", "snapshot_date", "cases", "notes"]
    /// A BOM, CR LF line ends, a quoted field with an escaped quote and a line break, a blank line, a UTF-8 character.
    static let text =
        "\u{FEFF}authority,snapshot_date,cases,notes\r\nE06000016,04/10/2024,\"1,167\",\"said \"\"hi\"\"\nover two lines\"\r\n\nE06000016,2024-10-04,12,café\n"

    /// Reads `bytes` in pieces of `size`; returns (line, fields) of every record.
    static func read(_ bytes: [UInt8], size: Int) throws(ImportError) -> [(Int, [String])] {
        var reader = CSVStreamReader(fileName: "f.csv", requiredColumns: columns)
        var records: [CSVRecord] = []
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            records += try reader.read(Array(bytes[start..<end]))
            start = end
        }
        records += try reader.finish()
        if let error = reader.issues.error { throw error }
        return records.map { record in (record.line, columns.map { record.text($0) }) }
    }

    @Test(
        "pieces of every size, split anywhere (inside a quoted field, an escaped quote, CR LF, the BOM, a UTF-8 character), read as the whole text does"
    )
    func everySplit() throws {
        let bytes = Array(Self.text.utf8)
        let table = try CSVTable.parse(Self.text, fileName: "f.csv", requiredColumns: Self.columns)
        let expected = table.records.map { record in (record.line, Self.columns.map { record.text($0) }) }
        #expect(expected.map(\.0) == [2, 5])
        #expect(expected[0].1 == ["E06000016", "04/10/2024", "1,167", "said \"hi\"\nover two lines"])
        #expect(expected[1].1[3] == "café")
        for size in 1...bytes.count {
            let records = try Self.read(bytes, size: size)
            #expect(records.map(\.0) == expected.map(\.0), "pieces of \(size)")
            #expect(records.map(\.1) == expected.map(\.1), "pieces of \(size)")
        }
    }

    @Test("a wrong field count is noted and reading goes on; an unclosed quote and a bad header end it, naming file and line")
    func issues() throws {
        let counted = "authority,snapshot_date,cases,notes\nE06000016,2024-10-04,1\nE06000016,2024-10-04,1,\n"
        #expect(throws: ImportError.self) { try Self.read(Array(counted.utf8), size: 5) }
        do throws(ImportError) {
            _ = try Self.read(Array(counted.utf8), size: 5)
        } catch {
            #expect(error.issues.map(\.description) == ["f.csv:2: expected 4 fields, found 3"])
        }
        do throws(ImportError) {
            _ = try Self.read(Array("authority,snapshot_date,cases,notes\nE06000016,2024-10-04,1,\"open\n".utf8), size: 4)
            Issue.record("expected an unclosed quote")
        } catch {
            #expect(error.issues.map(\.description) == ["f.csv:2: a quoted field is not closed"])
        }
        do throws(ImportError) {
            _ = try Self.read(Array("authority,cases\n".utf8), size: 3)
            Issue.record("expected a bad header")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "f.csv:1: column snapshot_date: required column is missing", "f.csv:1: column notes: required column is missing",
                ])
        }
        do throws(ImportError) {
            _ = try Self.read([0x61, 0x2C, 0xFF, 0x0A], size: 1)
            Issue.record("expected invalid UTF-8")
        } catch {
            #expect(error.issues.map(\.description) == ["f.csv:1: field 2 is not valid UTF-8"])
        }
    }

    @Test("issues beyond the first 20 are counted, not kept; the total and any denied access survive")
    func cappedIssues() {
        var issues = ImportIssues()
        for line in 1...25 { issues.add(ImportIssue(file: "f.csv", line: line, column: "cases", reason: "bad")) }
        issues.add(ImportIssue(file: "f.csv", line: 26, column: "authority", reason: "denied", deniesAccess: true))
        let error = issues.error
        #expect(error?.issues.count == 20)
        #expect(error?.total == 26)
        #expect(error?.description.hasSuffix("f.csv:20: column cases: bad\n… and 6 more") == true)
        #expect(error?.description.hasPrefix("import refused, nothing stored (26 issues):") == true)
        #expect(error?.rpcError.code == .permissionDenied)
        #expect(error?.rpcError.metadata["cyphub-import-issues"] == "26")
    }

    @Test("every row's authority passes the guard, as in a whole file")
    func authorityGuard() throws {
        var reader = CSVStreamReader(fileName: "f.csv", requiredColumns: ["authority"])
        let records = try reader.read(Array("authority\nE06000016\nE10000018\n".utf8)) + reader.finish()
        AuthorityGuard.$permitted.withValue(.only(["E06000016"])) {
            #expect((try? records[0].authorityCode("authority")) == "E06000016")
            #expect(throws: ImportIssue.self) { try records[1].authorityCode("authority") }
        }
    }
}
