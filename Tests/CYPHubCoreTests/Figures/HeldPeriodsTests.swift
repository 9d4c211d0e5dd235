import CYPHubCore
import Testing

/// "A period, or the latest": the one named, the newest on or before it, the newest when none is named.
@Suite struct HeldPeriodsTests {
    let held = HeldPeriods(
        ["2024-10-04", "2024-07-05", "2024-01-05"], what: "staff return", authority: "E06000016", hint: "import staff_return")

    @Test func picksTheNamedTheNewestOnOrBeforeOrTheNewest() throws {
        #expect(try held.pick(nil) == "2024-10-04")
        #expect(try held.pick("2024-07-05") == "2024-07-05")
        #expect(try held.pick("2024-09-30", match: .onOrBefore) == "2024-07-05")
        #expect(try held.pick("2025-01-01", match: .onOrBefore) == "2024-10-04")
    }

    @Test func whatIsNotHeldIsNotFoundNamingWhatIs() throws {
        #expect {
            try held.pick("2024-09-30", field: "as_at")
        } throws: { error in
            (error as? RPCError)?.code == .notFound
                && (error as? RPCError)?.message
                    == "as_at: no staff return for E06000016 on 2024-09-30; held: 2024-01-05, 2024-07-05, 2024-10-04"
        }
        #expect {
            try held.pick("2023-12-31", match: .onOrBefore)
        } throws: { error in
            (error as? RPCError)?.message.hasPrefix("no staff return for E06000016 on or before 2023-12-31") == true
        }
        #expect {
            try HeldPeriods([Int](), what: "snapshot", authority: "E06000016", hint: "import one").pick(nil)
        } throws: { error in
            (error as? RPCError)?.message == "no snapshot held for E06000016; import one"
        }
    }
}
