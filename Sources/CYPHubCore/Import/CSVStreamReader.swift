/// A CSV file read as it arrives, in pieces of any size (RFC 4180, as ``CSVTable``): a piece may end inside a quoted
/// field, a row or a UTF-8 character. Each piece gives the data records it completes, with their lines, so a module
/// can check and stage rows while the rest of the file is still on its way, holding one piece and one record at a time.
///
/// Issues are reported as ``CSVTable`` reports them (`file:line: column NAME: reason`): the header's at once; a record
/// with the wrong number of fields is noted in ``issues`` and skipped; a module notes its own rows' issues there too,
/// and refuses the file at the end with ``ImportIssues/error`` (the first 20 shown, with the total). A record that cannot
/// be split (a quote inside an unquoted field, an unclosed quote, a field that is not UTF-8, a record longer than
/// ``maxRecordBytes``) ends the read at once.
public struct CSVStreamReader: Sendable {
    /// The longest record accepted (1 MiB).
    public static let maxRecordBytes = 1 << 20

    /// The file's name, used in every issue.
    public let fileName: String
    /// The issues found so far (the reader's and the caller's).
    public var issues = ImportIssues()
    /// Data records read so far (those with the wrong number of fields included).
    public private(set) var recordsRead = 0
    /// Bytes read so far.
    public private(set) var bytesRead = 0

    private var scanner: CSVScanner
    private let requiredColumns: [String]
    private let optionalColumns: [String]
    private var columns: (names: [String], index: [String: Int])?

    /// A reader for a file with these columns (matched as ``CSVTable/parse(_:fileName:requiredColumns:optionalColumns:)``
    /// matches them).
    public init(fileName: String, requiredColumns: [String], optionalColumns: [String] = []) {
        self.fileName = fileName
        self.requiredColumns = requiredColumns
        self.optionalColumns = optionalColumns
        self.scanner = CSVScanner(fileName: fileName, maxRecordBytes: Self.maxRecordBytes)
    }

    /// The header's column names (trimmed, lower-cased), once the header has been read.
    public var header: [String]? { columns?.names }

    /// Reads the next piece of the file; returns the data records it completes, in file order.
    public mutating func read(_ piece: [UInt8]) throws(ImportError) -> [CSVRecord] {
        bytesRead += piece.count
        var raw: [RawRecord] = []
        do {
            try scanner.scan(piece) { raw.append($0) }
            return try accepted(raw)
        } catch {
            throw refusal(adding: error)
        }
    }

    /// Ends the file: returns the last record if the file does not end with a line break. Fails on an unclosed quote,
    /// and on a file with no header.
    public mutating func finish() throws(ImportError) -> [CSVRecord] {
        var raw: [RawRecord] = []
        let records: [CSVRecord]
        do {
            try scanner.finish { raw.append($0) }
            records = try accepted(raw)
        } catch {
            throw refusal(adding: error)
        }
        guard columns != nil else {
            throw ImportError(ImportIssue(file: fileName, line: 0, column: "", reason: "the file is empty; expected a header row"))
        }
        return records
    }

    private mutating func accepted(_ raw: [RawRecord]) throws(ImportError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        records.reserveCapacity(raw.count)
        for record in raw {
            if let accepted = try accept(record) { records.append(accepted) }
        }
        return records
    }

    /// The header, or a data record (nil when it has the wrong number of fields: noted in ``issues``).
    private mutating func accept(_ raw: RawRecord) throws(ImportError) -> CSVRecord? {
        guard let columns else {
            columns = try CSVTable.header(
                raw, fileName: fileName, requiredColumns: requiredColumns, optionalColumns: optionalColumns)
            return nil
        }
        recordsRead += 1
        if let issue = CSVTable.fieldCountIssue(raw, fileName: fileName, expected: columns.names.count) {
            issues.add(issue)
            return nil
        }
        return CSVRecord(fileName: fileName, line: raw.line, fields: raw.fields, index: columns.index)
    }

    /// The issues so far with `error`'s after them.
    private func refusal(adding error: ImportError) -> ImportError {
        var all = issues
        all.add(error)
        return all.error ?? error
    }
}
