/// One thing wrong with an imported file: where, and why.
public struct ImportIssue: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file's name as the caller gave it.
    public var file: String
    /// The 1-based line of the record (its first line when a quoted field spans lines); 0 for the whole file.
    public var line: Int
    /// The column's header name; empty when the issue is not about one column.
    public var column: String
    /// What is wrong, for a person.
    public var reason: String
    /// Whether the issue is that the caller may not import this row (an authority its principal does not hold): the
    /// import is then refused with `PERMISSION_DENIED` rather than `INVALID_ARGUMENT`.
    public var deniesAccess: Bool

    /// Creates an issue.
    public init(file: String, line: Int, column: String, reason: String, deniesAccess: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.deniesAccess = deniesAccess
    }

    /// `file:line: column: reason`, on one line: the file name, column and reason carry the client's own text (a cell
    /// can hold a megabyte or a line break), so each is cut and escaped (``EchoedText``).
    public var description: String {
        let name = EchoedText.quoted(file)
        let place = line > 0 ? "\(name):\(line)" : name
        let why = EchoedText.quoted(reason, limit: 2 * EchoedText.maxCharacters)
        return column.isEmpty ? "\(place): \(why)" : "\(place): column \(EchoedText.quoted(column)): \(why)"
    }
}

/// An import that was refused, with every issue found (or, for a streamed import, the first ones and how many more).
/// Nothing of the file was stored.
public struct ImportError: Error, Sendable, CustomStringConvertible, RPCErrorConvertible {
    /// The issues, in file order.
    public var issues: [ImportIssue]
    /// Issues found after those held in ``issues`` (a streamed import keeps only the first ones, whatever the file's
    /// size).
    public var omitted: Int
    /// Whether one of the omitted issues denies access (see ``ImportIssue/deniesAccess``).
    public var omittedDenyAccess: Bool

    /// Creates an error from its issues.
    public init(issues: [ImportIssue], omitted: Int = 0, omittedDenyAccess: Bool = false) {
        self.issues = issues
        self.omitted = omitted
        self.omittedDenyAccess = omittedDenyAccess
    }

    /// Creates an error from one issue.
    public init(_ issue: ImportIssue) { self.init(issues: [issue]) }

    /// How many issues were found in all.
    public var total: Int { issues.count + omitted }

    /// The first 20 issues, one per line, and how many more there were.
    public var description: String {
        let shown = issues.prefix(ImportIssues.shown).map(\.description)
        let more = total > ImportIssues.shown ? ["… and \(total - ImportIssues.shown) more"] : []
        let plural = total == 1 ? "" : "s"
        return (["import refused, nothing stored (\(total) issue\(plural)):"] + shown + more)
            .joined(separator: "\n")
    }

    /// `INVALID_ARGUMENT` with the issues in the message and the count in metadata; `PERMISSION_DENIED` when a row
    /// names an authority the caller may not import for.
    public var rpcError: RPCError {
        var metadata = ["cyphub-import-issues": String(total)]
        if let first = issues.first {
            metadata["cyphub-import-file"] = EchoedText.quoted(first.file)
            metadata["cyphub-import-line"] = String(first.line)
            metadata["cyphub-import-column"] = EchoedText.quoted(first.column)
        }
        let denied = omittedDenyAccess || issues.contains(where: \.deniesAccess)
        let code: StatusCode = denied ? .permissionDenied : .invalidArgument
        return RPCError(code: code, message: description, metadata: metadata, cause: self)
    }
}

/// The issues of a streamed import as they are found: the first ``shown`` kept, the rest counted, so that a file of
/// any size with an error on every row holds bounded memory.
public struct ImportIssues: Sendable {
    /// How many issues a refusal shows (and keeps).
    public static let shown = 20

    private var kept: [ImportIssue] = []
    private var omitted = 0
    private var omittedDenyAccess = false

    /// No issues yet.
    public init() {}

    /// Notes one issue.
    public mutating func add(_ issue: ImportIssue) {
        if kept.count < Self.shown {
            kept.append(issue)
        } else {
            omitted += 1
            omittedDenyAccess = omittedDenyAccess || issue.deniesAccess
        }
    }

    /// Notes every issue of `error`.
    public mutating func add(_ error: ImportError) {
        for issue in error.issues { add(issue) }
        omitted += error.omitted
        omittedDenyAccess = omittedDenyAccess || error.omittedDenyAccess
    }

    /// Whether any issue was found.
    public var isEmpty: Bool { kept.isEmpty }

    /// How many issues were found.
    public var count: Int { kept.count + omitted }

    /// The refusal, when any issue was found.
    public var error: ImportError? {
        kept.isEmpty ? nil : ImportError(issues: kept, omitted: omitted, omittedDenyAccess: omittedDenyAccess)
    }
}
