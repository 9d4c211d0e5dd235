/// The check protobuf-c leaves out: a proto3 `string` must be UTF-8 and, as protobuf-c hands strings over as C
/// strings, must not contain NUL (`Health/Check\0junk` would otherwise be served as `Health/Check`).
///
/// It walks the wire bytes of a message that protobuf-c has already unpacked (so the bytes are well formed), looking
/// only at length-delimited fields that the schema says are strings or messages holding strings.
struct WireFieldWalker {
    private var bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The next field's number, wire type and, for a length-delimited field, its bytes; nil at the end or when the
    /// bytes stop making sense (protobuf-c accepted them, so that means a field this walk need not look at).
    mutating func next() -> (number: Int, payload: UnsafeRawBufferPointer?)? {
        guard position < bytes.count, let key = varint() else { return nil }
        let number = Int(key >> 3)
        switch key & 7 {
        case 0:
            guard varint() != nil else { return nil }
            return (number, nil)
        case 1: return skip(8) ? (number, nil) : nil
        case 5: return skip(4) ? (number, nil) : nil
        case 2:
            guard let length = varint(), length <= UInt64(bytes.count - position) else { return nil }
            let start = position
            position += Int(length)
            return (number, UnsafeRawBufferPointer(rebasing: bytes[start..<position]))
        default: return nil
        }
    }

    private mutating func skip(_ count: Int) -> Bool {
        guard bytes.count - position >= count else { return false }
        position += count
        return true
    }

    private mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}

/// Why a string's bytes are refused, or nil when they are a valid string.
func stringDefect(_ bytes: UnsafeRawBufferPointer) -> String? {
    var ascii = true
    for byte in bytes {
        if byte == 0 { return "contains a NUL character (U+0000)" }
        if byte >= 0x80 { ascii = false }
    }
    if ascii { return nil }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: return nil
        case .error: return "is not valid UTF-8"
        }
    }
}
