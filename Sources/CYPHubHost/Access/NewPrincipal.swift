public import CYPHubCore
public import Foundation

/// A principal to add, checked: `cyphub principals add` and the admin service's AddPrincipal both build one with
/// ``init(name:role:authorities:expires:certificateSubject:note:now:)``, so their errors are worded alike.
public struct NewPrincipal: Sendable, Hashable {
    /// The unique name.
    public var name: String
    /// Its role.
    public var role: Role
    /// The authorities it may act for.
    public var authorities: AuthoritySet
    /// When it stops working; nil for never.
    public var expiresAt: Date?
    /// A mutual-TLS client-certificate subject mapped to it.
    public var certificateSubject: String?
    /// A note for people.
    public var note: String?

    /// The longest name.
    public static let maxNameLength = 64
    /// The longest note or certificate subject.
    public static let maxTextLength = 500

    /// Checks each field as typed on a command line or sent in a request; `INVALID_ARGUMENT` naming the field and
    /// quoting what was wrong. `expires` is a date (`2027-03-31`: valid through that day, UTC), a number of days from
    /// `now` (`90d`), or empty for never; it must be in the future.
    public init(
        name: String, role: String, authorities: String, expires: String = "", certificateSubject: String = "",
        note: String = "", now: Date = Date()
    ) throws(RPCError) {
        self.name = try Self.validName(name)
        self.role = try Self.role(role)
        self.authorities = try Self.authorities(authorities)
        self.expiresAt = try Self.expiry(expires, now: now)
        let subject = certificateSubject.trimmingCharacters(in: .whitespaces)
        guard subject.count <= Self.maxTextLength, !subject.contains(where: \.isNewline) else {
            throw .invalidArgument("certificate subject: give one line of at most \(Self.maxTextLength) characters")
        }
        self.certificateSubject = subject.isEmpty ? nil : subject
        guard note.count <= Self.maxTextLength else {
            throw .invalidArgument("note: give at most \(Self.maxTextLength) characters")
        }
        self.note = note.isEmpty ? nil : note
    }

    /// `name` if it is 1-64 letters, digits, `.`, `-` or `_`, starting with a letter or digit.
    public static func validName(_ name: String) throws(RPCError) -> String {
        let scalars = name.unicodeScalars
        let allowed = scalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
        guard !name.isEmpty, name.count <= maxNameLength, allowed,
            let first = scalars.first, CharacterSet.alphanumerics.contains(first)
        else {
            throw .invalidArgument(
                "name: '\(EchoedText.quoted(name))' is not a principal name (1-\(maxNameLength) letters, digits, '.', '-' or '_', starting with a letter or digit)"
            )
        }
        return name
    }

    /// The role named `text` (`admin`, `internal` or `partner`, any case).
    public static func role(_ text: String) throws(RPCError) -> Role {
        guard let role = Role(rawValue: text.lowercased()) else {
            throw .invalidArgument("role: '\(EchoedText.quoted(text))' is not a role (admin, internal or partner)")
        }
        return role
    }

    /// `all` / `*`, or comma-separated codes, the first bad one named.
    public static func authorities(_ text: String) throws(RPCError) -> AuthoritySet {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw .invalidArgument("authorities: give authority codes (E06000016,E10000018) or all")
        }
        for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) where trimmed != "*" && trimmed.lowercased() != "all" {
            let code = part.trimmingCharacters(in: .whitespaces).uppercased()
            guard AuthorityCode.isValid(code) else {
                throw .invalidArgument(
                    "authorities: '\(EchoedText.quoted(part))' is not a local authority code (E followed by 8 digits, e.g. E06000016), nor all"
                )
            }
        }
        guard let set = AuthoritySet(parsing: trimmed) else {
            throw .invalidArgument("authorities: '\(EchoedText.quoted(text))' is not a list of authority codes, nor all")
        }
        return set
    }

    /// The expiry `text` gives, nil for none.
    public static func expiry(_ text: String, now: Date) throws(RPCError) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let expiry: Date
        if trimmed.hasSuffix("d"), let days = Int(trimmed.dropLast()), days > 0, days <= 36_600 {
            expiry = now.addingTimeInterval(TimeInterval(days) * 86_400)
        } else if let date = LocalDate(parsing: trimmed) {
            // The end of that day, UTC: the first second of the next.
            expiry = Date(timeIntervalSince1970: TimeInterval(date.daysSinceEpoch + 1) * 86_400)
        } else {
            throw .invalidArgument(
                "expires: '\(EchoedText.quoted(text))' is not a date (2027-03-31) or a number of days (90d)")
        }
        guard expiry > now else {
            throw .invalidArgument("expires: \(trimmed) is in the past")
        }
        return expiry
    }
}
