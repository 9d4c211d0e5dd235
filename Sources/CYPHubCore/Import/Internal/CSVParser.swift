struct RawRecord {
    var line: Int
    var fields: [String]
}

enum CSVParser {
    /// Splits text into records of fields, tracking each record's first line. Skips blank lines.
    static func records(_ text: String, fileName: String) throws(ImportError) -> [RawRecord] {
        var scanner = CSVScanner(fileName: fileName)
        var records: [RawRecord] = []
        try scanner.scan(text.utf8) { records.append($0) }
        try scanner.finish { records.append($0) }
        return records
    }
}

/// RFC 4180 records from bytes that arrive in pieces: a piece may end anywhere (inside a quoted field, between the two
/// quotes of an escaped quote, inside a UTF-8 character). Tracks each record's first line; skips blank lines and a
/// leading byte order mark.
struct CSVScanner {
    let fileName: String
    /// The longest record accepted, in bytes (nil: no limit), so that an unclosed quote in a streamed file fails
    /// instead of holding the rest of the file.
    let maxRecordBytes: Int?

    private var fields: [String] = []
    private var field: [UInt8] = []
    private var recordBytes = 0
    private var inQuotes = false
    /// Inside quotes, a quote was seen: the next byte says whether it was an escaped quote or the closing one.
    private var quotePending = false
    private var fieldWasQuoted = false
    private var line = 1
    private var recordLine = 1
    /// The first bytes, held until it is known whether they are a byte order mark.
    private var start: [UInt8]? = []
    /// A field of the current record that is not valid UTF-8 (its 1-based position), reported when the record ends.
    private var invalidField: Int?

    init(fileName: String, maxRecordBytes: Int? = nil) {
        self.fileName = fileName
        self.maxRecordBytes = maxRecordBytes
    }

    /// Scans the next piece, handing each complete record to `emit`.
    mutating func scan(
        _ bytes: some Sequence<UInt8>, emit: (RawRecord) throws(ImportError) -> Void
    ) throws(ImportError) {
        var rest = bytes.makeIterator()
        while var held = start {
            guard let byte = rest.next() else { return }
            held.append(byte)
            start = held
            if held.count == 3 {
                start = nil
                if held != [0xEF, 0xBB, 0xBF] {
                    for byte in held { try step(byte, emit: emit) }
                }
            }
        }
        while let byte = rest.next() { try step(byte, emit: emit) }
    }

    /// Ends the input: the last record (if the input does not end with a line break), or the failure of an unclosed
    /// quote.
    mutating func finish(emit: (RawRecord) throws(ImportError) -> Void) throws(ImportError) {
        if let held = start {
            start = nil
            for byte in held where held != [0xEF, 0xBB, 0xBF] { try step(byte, emit: emit) }
        }
        if quotePending {
            quotePending = false
            inQuotes = false
        }
        if inQuotes {
            throw ImportError(ImportIssue(file: fileName, line: recordLine, column: "", reason: "a quoted field is not closed"))
        }
        if !field.isEmpty || !fields.isEmpty { try endRecord(emit) }
    }

    private mutating func step(_ byte: UInt8, emit: (RawRecord) throws(ImportError) -> Void) throws(ImportError) {
        recordBytes += 1
        if let maxRecordBytes, recordBytes > maxRecordBytes {
            throw ImportError(
                ImportIssue(
                    file: fileName, line: recordLine, column: "",
                    reason: "the record is longer than \(maxRecordBytes) bytes (is a quoted field not closed?)"))
        }
        if quotePending {
            quotePending = false
            if byte == UInt8(ascii: "\"") {
                field.append(byte)
                return
            }
            inQuotes = false
        }
        if inQuotes {
            if byte == UInt8(ascii: "\"") {
                quotePending = true
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                field.append(byte)
            }
            return
        }
        switch byte {
        case UInt8(ascii: "\""):
            if field.allSatisfy({ $0 == UInt8(ascii: " ") }) && !fieldWasQuoted {
                field.removeAll()
                inQuotes = true
                fieldWasQuoted = true
            } else {
                throw ImportError(
                    ImportIssue(
                        file: fileName, line: line, column: "",
                        reason: "a quote appears inside an unquoted field (field \(fields.count + 1))"
                    ))
            }
        case UInt8(ascii: ","):
            endField()
        case UInt8(ascii: "\r"):
            break
        case UInt8(ascii: "\n"):
            try endRecord(emit)
            line += 1
            recordLine = line
        default:
            field.append(byte)
        }
    }

    private mutating func endField() {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            invalidField = invalidField ?? fields.count + 1
            fields.append("")
        }
        field.removeAll(keepingCapacity: true)
        fieldWasQuoted = false
    }

    private mutating func endRecord(_ emit: (RawRecord) throws(ImportError) -> Void) throws(ImportError) {
        endField()
        recordBytes = 0
        defer {
            fields.removeAll(keepingCapacity: true)
            invalidField = nil
        }
        if let invalidField {
            throw ImportError(
                ImportIssue(file: fileName, line: recordLine, column: "", reason: "field \(invalidField) is not valid UTF-8"))
        }
        let blank = fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
        if !blank { try emit(RawRecord(line: recordLine, fields: fields)) }
    }
}
