struct RawRecord {
    var line: Int
    var fields: [String]
}

enum CSVParser {
    /// Splits text into records of fields, tracking each record's first line. Skips blank lines.
    static func records(_ text: String, fileName: String) throws(ImportError) -> [RawRecord] {
        var records: [RawRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldWasQuoted = false
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // byte order mark
        var index = 0

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && fields[0].allSatisfy { $0 == " " || $0 == "\t" }
            if !blank { records.append(RawRecord(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
            } else {
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
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.append(byte)
                }
            }
            index += 1
        }
        if inQuotes {
            throw ImportError(ImportIssue(file: fileName, line: recordLine, column: "", reason: "a quoted field is not closed"))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
