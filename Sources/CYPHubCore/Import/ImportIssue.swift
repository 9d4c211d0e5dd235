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

/// An import that was refused, with every issue found. Nothing of the file was stored.
public struct ImportError: Error, Sendable, CustomStringConvertible, RPCErrorConvertible {
    /// The issues, in file order.
    public var issues: [ImportIssue]

    /// Creates an error from its issues.
    public init(issues: [ImportIssue]) { self.issues = issues }

    /// Creates an error from one issue.
    public init(_ issue: ImportIssue) { self.issues = [issue] }

    /// The first 20 issues, one per line, and how many more there were.
    public var description: String {
        let shown = issues.prefix(20).map(\.description)
        let more = issues.count > 20 ? ["… and \(issues.count - 20) more"] : []
        let plural = issues.count == 1 ? "" : "s"
        return (["import refused, nothing stored (\(issues.count) issue\(plural)):"] + shown + more)
            .joined(separator: "\n")
    }

    /// `INVALID_ARGUMENT` with the issues in the message and the count in metadata; `PERMISSION_DENIED` when a row
    /// names an authority the caller may not import for.
    public var rpcError: RPCError {
        var metadata = ["cyphub-import-issues": String(issues.count)]
        if let first = issues.first {
            metadata["cyphub-import-file"] = EchoedText.quoted(first.file)
            metadata["cyphub-import-line"] = String(first.line)
            metadata["cyphub-import-column"] = EchoedText.quoted(first.column)
        }
        let code: StatusCode = issues.contains(where: \.deniesAccess) ? .permissionDenied : .invalidArgument
        return RPCError(code: code, message: description, metadata: metadata, cause: self)
    }
}
