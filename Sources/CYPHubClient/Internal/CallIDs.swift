/// Hands out call ids: odd numbers counting up, wrapping from 4,294,967,295 to 1 (never 0), skipping any id
/// still in flight, so a call that outlives two billion others never has its id reused.
struct CallIDs {
    /// The next id to try.
    private(set) var next: UInt32

    /// Starts at `first` (made odd: the Swift client's ids are odd).
    init(first: UInt32 = 1) { next = first | 1 }

    /// The next id for which `inFlight` is false.
    ///
    /// Terminates while fewer than 2^31 calls are in flight, far beyond what memory holds.
    mutating func allocate(inFlight: (UInt32) -> Bool) -> UInt32 {
        while true {
            let id = next
            next = next &+ 2  // odd + 2 stays odd, so the wrap lands on 1, never 0
            if !inFlight(id) { return id }
        }
    }
}
