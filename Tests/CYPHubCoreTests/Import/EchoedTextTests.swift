import CYPHubCore
import Testing

/// A client's own text repeated in a status message or a log: cut, and never more than one line.
@Suite struct EchoedTextTests {
    @Test func cutsLongTextAndSaysHowLongItWas() {
        let quoted = EchoedText.quoted(String(repeating: "a", count: 1_000_000))
        #expect(quoted.hasPrefix(String(repeating: "a", count: 200) + "…"))
        #expect(quoted.hasSuffix("(1000000 bytes)"))
        #expect(quoted.count < 230)
    }

    @Test func escapesEveryControlCharacterSoNoLineCanBeForged() {
        let forged = "Health/Check\nlevel=critical message=forged\r\u{0}\u{1B}[31m\u{7F}\u{2028}x"
        let quoted = EchoedText.quoted(forged)
        #expect(quoted == "Health/Check\\nlevel=critical message=forged\\r\\u{0}\\u{1B}[31m\\u{7F}\\u{2028}x")
        #expect(!quoted.contains("\n"))
        #expect(EchoedText.singleLine("a\nb") == "a\\nb")
        #expect(EchoedText.singleLine("plain £ text") == "plain £ text")
    }

    @Test func leavesShortPlainTextAlone() {
        #expect(EchoedText.quoted("E06000016") == "E06000016")
        #expect(EchoedText.quoted("Ünïcode 10,000") == "Ünïcode 10,000")
    }

    @Test func anImportIssueStaysOnOneLineWhateverTheCellHolds() {
        let cell = "line one\nbad.csv:99: column cases: forged issue" + String(repeating: "x", count: 5000)
        let issue = ImportIssue(file: "returns\n.csv", line: 2, column: "cases", reason: "'\(cell)' is not a whole number")
        #expect(!issue.description.contains("\n"))
        #expect(issue.description.hasPrefix("returns\\n.csv:2: column cases: 'line one\\nbad.csv:99"))
        #expect(issue.description.count < 500)
    }

    @Test func aRequestFieldEchoedInAnErrorIsCutAndEscaped() {
        let hostile = "E10000018\nlevel=critical forged" + String(repeating: "9", count: 100_000)
        for error in [
            #expect(throws: RPCError.self) { try AuthorityCode.validated(hostile) },
            #expect(throws: RPCError.self) { try LocalDate.validated(hostile, field: "date") },
        ] {
            #expect(error?.code == .invalidArgument)
            #expect(error?.message.contains("\n") == false)
            #expect(error?.message.contains("E10000018\\nlevel=critical forged") == true)
            #expect((error?.message.count ?? .max) < 400)
        }
    }
}
