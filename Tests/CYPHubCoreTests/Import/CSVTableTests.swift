import CYPHubCore
import Testing

@Suite struct CSVTableTests {
    /// Within a call, the host sets the authorities its principal holds; a row naming another refuses the file with
    /// PERMISSION_DENIED, naming the line and column (and nothing about whether that authority has data).
    @Test func aRowForAnAuthorityTheCallerDoesNotHoldDeniesTheImport() throws {
        let text = "authority,cases\nE06000016,4\nE10000018,7\n"
        let table = try CSVTable.parse(text, fileName: "cases.csv", requiredColumns: ["authority", "cases"], optionalColumns: [])
        let read = { () throws(ImportError) -> [String] in
            try table.map { record throws(ImportIssue) in try record.authorityCode("authority") }
        }
        #expect(try read() == ["E06000016", "E10000018"])
        AuthorityGuard.$permitted.withValue(.only(["E06000016"])) {
            do throws(ImportError) {
                _ = try read()
                Issue.record("expected the import to be denied")
            } catch {
                #expect(
                    error.issues.map(\.description) == ["cases.csv:3: column authority: the caller may not import for authority E10000018"])
                #expect(error.rpcError.code == .permissionDenied)
            }
        }
        let all = AuthorityGuard.$permitted.withValue(.all) { try? read() }
        #expect(all?.count == 2)
    }

    @Test func parsesQuotedFieldsAndNamesEveryBadRecord() throws {
        let text =
            "authority,snapshot_date,cases,notes\r\nE06000016,04/10/2024,\"1,167\",\"said \"\"hi\"\"\nover two lines\"\nE06000016,2024-10-32,12,\n\nE6,2024-10-04,x,\n"
        let table = try CSVTable.parse(
            text, fileName: "cases.csv", requiredColumns: ["authority", "snapshot_date", "cases"], optionalColumns: ["notes"])
        #expect(table.records.count == 3)
        #expect(table.records[0].text("notes") == "said \"hi\"\nover two lines")
        #expect(try table.records[0].int("cases") == 1167)
        #expect(try table.records[0].date("snapshot_date") == LocalDate(year: 2024, month: 10, day: 4))
        // The second record starts on line 4 because the quoted field spans lines 2-3.
        #expect(table.records[1].line == 4)
        do {
            _ = try table.map { record throws(ImportIssue) in
                (try record.authorityCode("authority"), try record.date("snapshot_date"), try record.int("cases"))
            }
            Issue.record("expected an import error")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "cases.csv:4: column snapshot_date: '2024-10-32' is not a date (use YYYY-MM-DD or DD/MM/YYYY)",
                    "cases.csv:6: column authority: 'E6' is not a local authority code (E followed by 8 digits, e.g. E06000016)",
                ])
            #expect(error.rpcError.code == .invalidArgument)
            #expect(error.rpcError.metadata["cyphub-import-line"] == "4")
        }
    }

    @Test func refusesHeaderProblems() throws {
        let empty = try #require(throws: ImportError.self) { try CSVTable.parse("", fileName: "f.csv", requiredColumns: ["a"]) }
        #expect(empty.issues == [ImportIssue(file: "f.csv", line: 0, column: "", reason: "the file is empty; expected a header row")])
        let header = try #require(throws: ImportError.self) {
            try CSVTable.parse("a,b,b,zz\n1,2,3,4\n", fileName: "f.csv", requiredColumns: ["a", "c"], optionalColumns: ["b"])
        }
        let reasons = header.issues.map { "\($0.file):\($0.line) \($0.column): \($0.reason)" }
        #expect(
            reasons == [
                "f.csv:1 b: column appears twice", "f.csv:1 zz: unknown column; expected a, c, b", "f.csv:1 c: required column is missing",
            ])
    }

    @Test func refusesRaggedRowsNamingFileAndLine() throws {
        let error = try #require(throws: ImportError.self) {
            try CSVTable.parse("a,b\n1,2\n3\n\n4,5,6\n7,8\n", fileName: "f.csv", requiredColumns: ["a", "b"])
        }
        #expect(
            error.issues == [
                ImportIssue(file: "f.csv", line: 3, column: "", reason: "expected 2 fields, found 1"),
                ImportIssue(file: "f.csv", line: 5, column: "", reason: "expected 2 fields, found 3"),
            ])
        #expect(error.description.contains("f.csv:3: expected 2 fields, found 1\nf.csv:5: expected 2 fields, found 3"))
        #expect(error.rpcError.code == .invalidArgument)
        #expect(error.rpcError.metadata["cyphub-import-line"] == "3")
    }

    @Test func refusesAQuotedFieldThatIsNotClosed() throws {
        let error = try #require(throws: ImportError.self) { try CSVTable.parse("a\n\"open\n", fileName: "f.csv", requiredColumns: ["a"]) }
        #expect(error.issues == [ImportIssue(file: "f.csv", line: 2, column: "", reason: "a quoted field is not closed")])
    }
}
