import Testing

@testable import CYPHubClient

@Suite struct CallIDsTests {
    @Test func countsUpInOddNumbersFromOne() {
        var ids = CallIDs()
        let first = (0..<4).map { _ in ids.allocate { _ in false } }
        #expect(first == [1, 3, 5, 7])
    }

    @Test func wrapsToOneNeverZeroNorEven() {
        var ids = CallIDs(first: UInt32.max - 2)
        let ids4 = (0..<4).map { _ in ids.allocate { _ in false } }
        #expect(ids4 == [UInt32.max - 2, UInt32.max, 1, 3])
    }

    @Test func makesAnEvenOrZeroStartOdd() {
        var fromZero = CallIDs(first: 0)
        var fromFour = CallIDs(first: 4)
        #expect(fromZero.allocate { _ in false } == 1)
        #expect(fromFour.allocate { _ in false } == 5)
    }

    @Test func skipsIdsStillInFlightAfterTheWrap() {
        // Calls 1, 3 and 7 outlived two billion others: the ids after the wrap pass over them.
        let inFlight: Set<UInt32> = [1, 3, 7, UInt32.max]
        var ids = CallIDs(first: UInt32.max - 2)
        let next = (0..<4).map { _ in ids.allocate { inFlight.contains($0) } }
        #expect(next == [UInt32.max - 2, 5, 9, 11])
    }
}
