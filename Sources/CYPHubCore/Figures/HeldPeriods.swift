/// The periods (dates, census years, financial years) held for an authority in one dataset, and the choice every
/// "a period, or the latest" request makes among them: the one named, or the newest on or before it, or the newest
/// when none is named. What is not held is `NOT_FOUND` naming what is.
public struct HeldPeriods<Period: Comparable & CustomStringConvertible & Sendable>: Sendable {
    /// How a named period is matched.
    public enum Match: Sendable {
        /// The period itself must be held.
        case exact
        /// The newest period held on or before it.
        case onOrBefore
    }

    /// The periods held, oldest first.
    public let held: [Period]
    /// What is held, for messages: `demand snapshot`, `staff return`.
    public let what: String
    /// The authority's ONS code.
    public let authority: String
    /// How to get some, for the message when none is held: `import demand_snapshot`.
    public let hint: String?

    /// Creates the choice over `held` (in any order).
    public init(_ held: [Period], what: String, authority: String, hint: String? = nil) {
        self.held = held.sorted()
        self.what = what
        self.authority = authority
        self.hint = hint
    }

    /// The newest period held.
    public var newest: Period? { held.last }

    /// The period `requested` names (or the newest when `nil`); `field`, the request field that named it, starts the
    /// message when the period named is not held.
    public func pick(_ requested: Period?, match: Match = .exact, field: String? = nil) throws -> Period {
        let named = field.map { "\($0): " } ?? ""
        guard let newest else {
            throw RPCError.notFound("no \(what) held for \(authority)" + (hint.map { "; \($0)" } ?? ""))
        }
        guard let requested else { return newest }
        switch match {
        case .exact:
            guard held.contains(requested) else {
                throw RPCError.notFound("\(named)no \(what) for \(authority) on \(requested); held: \(shown)")
            }
            return requested
        case .onOrBefore:
            guard let period = held.last(where: { $0 <= requested }) else {
                throw RPCError.notFound("\(named)no \(what) for \(authority) on or before \(requested); held: \(shown)")
            }
            return period
        }
    }

    /// The newest twelve periods held, oldest first.
    private var shown: String {
        (held.count > 12 ? "…, " : "") + held.suffix(12).map(\.description).joined(separator: ", ")
    }
}
