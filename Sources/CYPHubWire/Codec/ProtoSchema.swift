import CProtobufC
public import CYPHubCore
public import NIOCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every message and service generated from `Proto/`, read from protobuf-c's descriptors.
///
/// This is the only Swift file that imports the generated C code. It converts between protobuf-c's
/// C messages and ``ProtoFields`` trees by walking the descriptors, so every message on the wire is
/// packed and unpacked by protobuf-c itself. C pointers stay inside this file.
public final class ProtoSchema: @unchecked Sendable {
    // @unchecked: immutable after init; the pointers refer to static const descriptors.
    private let messagesByName: [String: MessageSchema]
    private let methodsByName: [String: MethodSchema]
    /// Fully qualified names of every service in the schema.
    public let serviceNames: [String]

    /// The envelope messages, looked up once.
    public let callStart: MessageSchema
    /// `cyphub.host.v1.Status`.
    public let status: MessageSchema
    /// `cyphub.host.v1.GoAway`.
    public let goAway: MessageSchema

    /// Loads the generated schema. Fails if a message is recursive (protobuf-c 1.4.1 has no recursion
    /// limit when decoding, so the schema must be free of recursion) or the envelope is missing.
    public static func load() throws -> ProtoSchema { try ProtoSchema() }

    private init() throws {
        var builder = SchemaBuilder()
        var messageCount = 0
        let messageTable = cyphub_message_descriptors(&messageCount)
        var byName: [String: MessageSchema] = [:]
        for index in 0..<messageCount {
            guard let descriptor = messageTable?[index] else { continue }
            let schema = try builder.schema(for: descriptor)
            byName[schema.name] = schema
        }
        var serviceCount = 0
        let serviceTable = cyphub_service_descriptors(&serviceCount)
        var methods: [String: MethodSchema] = [:]
        var services: [String] = []
        for index in 0..<serviceCount {
            guard let service = serviceTable?[index] else { continue }
            let serviceName = String(cString: service.pointee.name)
            services.append(serviceName)
            for m in 0..<Int(service.pointee.n_methods) {
                let method = service.pointee.methods[m]
                let name = "\(serviceName)/\(String(cString: method.name))"
                methods[name] = MethodSchema(
                    name: name,
                    input: try builder.schema(for: method.input),
                    output: try builder.schema(for: method.output)
                )
            }
        }
        self.messagesByName = byName
        self.methodsByName = methods
        self.serviceNames = services.sorted()
        guard let callStart = byName["cyphub.host.v1.CallStart"], let status = byName["cyphub.host.v1.Status"],
            let goAway = byName["cyphub.host.v1.GoAway"]
        else {
            throw WireError.schemaMismatch(type: "cyphub.host.v1", reason: "the envelope messages are missing from the schema")
        }
        self.callStart = callStart
        self.status = status
        self.goAway = goAway
    }

    /// A message by its fully qualified name, e.g. `cyphub.host.v1.CallStart`.
    public func message(named name: String) -> MessageSchema? { messagesByName[name] }

    /// A method by its wire name `package.Service/Method`.
    public func method(_ fullName: String) -> MethodSchema? { methodsByName[fullName] }

    /// Every method in the schema, by wire name.
    public var methodNames: [String] { methodsByName.keys.sorted() }
}

/// A method's input and output messages.
public struct MethodSchema: Sendable {
    /// `package.Service/Method`.
    public let name: String
    /// The request message.
    public let input: MessageSchema
    /// The response message.
    public let output: MessageSchema
}

/// One message type: encodes and decodes it with protobuf-c.
public final class MessageSchema: @unchecked Sendable {
    // @unchecked: immutable after init; `descriptor` points at a static const descriptor.
    /// The fully qualified name, e.g. `cyphub.socialcare.v1.GetSnapshotRequest`.
    public let name: String
    fileprivate let descriptor: UnsafePointer<ProtobufCMessageDescriptor>
    fileprivate let fields: [FieldSchema]
    fileprivate let fieldByNumber: [Int: Int]
    /// Whether the message or any message inside it has a string field (else requests skip the string check).
    fileprivate let containsStrings: Bool

    fileprivate init(name: String, descriptor: UnsafePointer<ProtobufCMessageDescriptor>, fields: [FieldSchema]) {
        self.name = name
        self.descriptor = descriptor
        self.fields = fields
        var byNumber: [Int: Int] = [:]
        for (position, field) in fields.enumerated() { byNumber[field.number] = position }
        self.fieldByNumber = byNumber
        self.containsStrings = fields.contains { $0.kind == .string || ($0.message?.containsStrings ?? false) }
    }

    /// The proto field names, for diagnostics.
    public var fieldNames: [String] { fields.map(\.name) }

}

/// One field of a message, with what is needed to read and write it in a C struct.
private struct FieldSchema {
    enum Kind: UInt16 {
        case int32, int64, uint32, uint64, float, double, bool, string, bytes, enumeration, message

        /// The kind as a one-bit mask, to check it against ``Kinds`` without allocating.
        var bit: UInt16 { 1 << rawValue }
    }

    /// A set of kinds as a bit mask (a `Set` would allocate on every field read or written).
    struct Kinds: OptionSet {
        let rawValue: UInt16

        init(rawValue: UInt16) { self.rawValue = rawValue }
        init(_ kinds: Kind...) { rawValue = kinds.reduce(0) { $0 | $1.bit } }

        static let string = Kinds(.string)
        static let integers = Kinds(.int32, .int64)
        static let uint32 = Kinds(.uint32)
        static let uint64 = Kinds(.uint64)
        static let double = Kinds(.double)
        static let float = Kinds(.float)
        static let bool = Kinds(.bool)
        static let bytes = Kinds(.bytes)
        static let enumeration = Kinds(.enumeration)
        static let message = Kinds(.message)

        func contains(_ kind: Kind) -> Bool { rawValue & kind.bit != 0 }
    }

    /// The proto field name, for messages.
    let name: String
    let number: Int
    let kind: Kind
    let offset: Int
    let quantifierOffset: Int
    let isRepeated: Bool
    let hasPresenceFlag: Bool
    let message: MessageSchema?

    var elementSize: Int {
        switch kind {
        case .int32, .uint32, .float, .bool, .enumeration: 4
        case .int64, .uint64, .double: 8
        case .string, .message: MemoryLayout<UnsafeRawPointer>.size
        case .bytes: MemoryLayout<ProtobufCBinaryData>.size
        }
    }

}

/// Builds schemas from descriptors, once each, refusing recursive messages.
private struct SchemaBuilder {
    var built: [UnsafeRawPointer: MessageSchema] = [:]
    var inProgress: Set<UnsafeRawPointer> = []

    mutating func schema(for descriptor: UnsafePointer<ProtobufCMessageDescriptor>) throws -> MessageSchema {
        let key = UnsafeRawPointer(descriptor)
        if let schema = built[key] { return schema }
        let name = String(cString: descriptor.pointee.name)
        guard inProgress.insert(key).inserted else {
            throw WireError.schemaMismatch(type: name, reason: "recursive messages are not allowed (protobuf-c has no recursion limit)")
        }
        defer { inProgress.remove(key) }
        var fields: [FieldSchema] = []
        for index in 0..<Int(descriptor.pointee.n_fields) {
            let field = descriptor.pointee.fields[index]
            let kind: FieldSchema.Kind
            var message: MessageSchema?
            switch field.type {
            case PROTOBUF_C_TYPE_INT32, PROTOBUF_C_TYPE_SINT32, PROTOBUF_C_TYPE_SFIXED32: kind = .int32
            case PROTOBUF_C_TYPE_INT64, PROTOBUF_C_TYPE_SINT64, PROTOBUF_C_TYPE_SFIXED64: kind = .int64
            case PROTOBUF_C_TYPE_UINT32, PROTOBUF_C_TYPE_FIXED32: kind = .uint32
            case PROTOBUF_C_TYPE_UINT64, PROTOBUF_C_TYPE_FIXED64: kind = .uint64
            case PROTOBUF_C_TYPE_FLOAT: kind = .float
            case PROTOBUF_C_TYPE_DOUBLE: kind = .double
            case PROTOBUF_C_TYPE_BOOL: kind = .bool
            case PROTOBUF_C_TYPE_STRING: kind = .string
            case PROTOBUF_C_TYPE_BYTES: kind = .bytes
            case PROTOBUF_C_TYPE_ENUM: kind = .enumeration
            case PROTOBUF_C_TYPE_MESSAGE:
                kind = .message
                message = try schema(for: field.descriptor!.assumingMemoryBound(to: ProtobufCMessageDescriptor.self))
            default:
                throw WireError.schemaMismatch(type: name, reason: "field \(String(cString: field.name)) has an unsupported type")
            }
            let isOneof = (field.flags & UInt32(PROTOBUF_C_FIELD_FLAG_ONEOF.rawValue)) != 0
            if isOneof {
                throw WireError.schemaMismatch(type: name, reason: "oneof fields are not supported")
            }
            fields.append(
                FieldSchema(
                    name: String(cString: field.name),
                    number: Int(field.id),
                    kind: kind,
                    offset: Int(field.offset),
                    quantifierOffset: Int(field.quantifier_offset),
                    isRepeated: field.label == PROTOBUF_C_LABEL_REPEATED,
                    hasPresenceFlag: field.label == PROTOBUF_C_LABEL_OPTIONAL && kind != .string && kind != .message,
                    message: message
                ))
        }
        let schema = MessageSchema(name: name, descriptor: descriptor, fields: fields)
        built[key] = schema
        return schema
    }

}

// MARK: The call envelope

extension ProtoSchema {
    /// Packs a CALL_START payload.
    public func encodeCallStart(_ start: CallStart, into buffer: inout ByteBuffer) throws(WireError) {
        try callStart.encode(start, into: &buffer)
    }

    /// Unpacks a CALL_START payload (allocations capped).
    public func decodeCallStart(_ bytes: ByteBuffer, allocationLimit: Int) throws(WireError) -> CallStart {
        try callStart.decode(CallStart.self, from: bytes, allocationLimit: allocationLimit)
    }

    /// Packs a CALL_END payload. An OK status with no message or metadata is the empty protobuf message (every
    /// field at its default), so it is written as zero bytes.
    public func encodeStatus(_ payload: Status, into buffer: inout ByteBuffer) throws(WireError) {
        guard payload != .ok else { return }
        try status.encode(payload, into: &buffer)
    }

    /// Unpacks a CALL_END payload; zero bytes is an OK status.
    public func decodeStatus(_ bytes: ByteBuffer, allocationLimit: Int) throws(WireError) -> Status {
        guard bytes.readableBytes > 0 else { return .ok }
        return try status.decode(Status.self, from: bytes, allocationLimit: allocationLimit)
    }
}

/// Runs `body` with a protobuf-c allocator that refuses to allocate more than `limit` bytes in total.
private func withBoundedAllocator<T>(
    limit: Int,
    _ body: (UnsafeMutablePointer<ProtobufCAllocator>, () -> Bool) -> T
) -> T {
    var budget = limit
    return withUnsafeMutablePointer(to: &budget) { budgetPointer in
        var allocator = ProtobufCAllocator(alloc: boundedAlloc, free: boundedFree, allocator_data: budgetPointer)
        return withUnsafeMutablePointer(to: &allocator) { allocatorPointer in
            body(allocatorPointer) { budgetPointer.pointee <= 0 }
        }
    }
}

/// Runs `body` with the payload's bytes (a valid pointer even when empty).
private func withPayload<T>(_ bytes: ByteBuffer, _ body: (UnsafePointer<UInt8>, Int) -> T) -> T {
    bytes.withUnsafeReadableBytes { raw in
        if let base = raw.baseAddress, raw.count > 0 {
            return body(base.assumingMemoryBound(to: UInt8.self), raw.count)
        }
        var empty: UInt8 = 0
        return withUnsafePointer(to: &empty) { body($0, 0) }
    }
}

private func unpackFailure(count: Int, limit: Int, exhausted: Bool) -> String {
    exhausted ? "decoding needed more than \(limit) bytes" : "protobuf-c could not unpack \(count) bytes"
}

private let boundedAlloc: @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer? = { data, size in
    guard let budget = data?.assumingMemoryBound(to: Int.self) else { return nil }
    guard size <= budget.pointee else {
        budget.pointee = 0
        return nil
    }
    budget.pointee -= size
    return malloc(max(size, 1))
}

private let boundedFree: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, pointer in
    free(pointer)
}

// MARK: Generated messages: one pass each way between protobuf-c's struct and the Swift value

extension MessageSchema {
    /// Unpacks `bytes` with protobuf-c (allocations capped at `allocationLimit`) and reads the C message straight
    /// into a generated Swift message: one pass, no intermediate tree.
    public func decode<Message: ProtoMessage>(
        _ type: Message.Type, from bytes: ByteBuffer, allocationLimit: Int
    ) throws(WireError) -> Message {
        let name = self.name
        guard Message.protoName == name else {
            throw .schemaMismatch(type: name, reason: "the Swift type \(Message.self) is \(Message.protoName)")
        }
        let result: Result<Message, WireError> = withBoundedAllocator(limit: allocationLimit) { allocator, exhausted in
            withPayload(bytes) { data, count in
                guard let unpacked = protobuf_c_message_unpack(descriptor, allocator, count, data) else {
                    return .failure(
                        .malformedMessage(type: name, reason: unpackFailure(count: count, limit: allocationLimit, exhausted: exhausted())))
                }
                defer { protobuf_c_message_free_unpacked(unpacked, allocator) }
                do {
                    // protobuf-c keeps strings as C strings: a NUL inside one would silently cut it short.
                    if containsStrings {
                        try checkStrings(UnsafeRawBufferPointer(start: data, count: count), path: "")
                    }
                    return .success(try readMessage(Message.self, from: UnsafeRawPointer(unpacked)))
                } catch let error as WireError {
                    return .failure(error)
                } catch {
                    return .failure(.malformedMessage(type: name, reason: "\(error)"))
                }
            }
        }
        return try result.get()
    }

    /// Builds protobuf-c's struct straight from a generated Swift message and packs it onto `buffer`.
    public func encode<Message: ProtoMessage>(_ value: Message, into buffer: inout ByteBuffer) throws(WireError) {
        guard Message.protoName == name else {
            throw .schemaMismatch(type: name, reason: "the Swift type \(Message.self) is \(Message.protoName)")
        }
        let arena = MessageArena()
        defer { arena.freeAll() }
        let message: UnsafeMutableRawPointer
        do {
            message = try writeMessage(value, arena: arena)
        } catch let error as WireError {
            throw error
        } catch {
            throw .schemaMismatch(type: name, reason: "\(error)")
        }
        let packed = message.assumingMemoryBound(to: ProtobufCMessage.self)
        let size = protobuf_c_message_get_packed_size(packed)
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: size) { target in
            protobuf_c_message_pack(packed, target.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
    }

    fileprivate func readMessage<Message: ProtoMessage>(_ type: Message.Type, from message: UnsafeRawPointer) throws -> Message {
        var value = Message()
        var reader = CMessageReader(schema: self, message: message)
        for index in fields.indices {
            let field = fields[index]
            if field.hasPresenceFlag, (message + field.quantifierOffset).load(as: Int32.self) == 0 { continue }
            reader.index = index
            try value.decodeField(field.number, from: &reader)
        }
        return value
    }

    fileprivate func writeMessage<Message: ProtoMessage>(_ value: Message, arena: MessageArena) throws -> UnsafeMutableRawPointer {
        let message = arena.allocate(Int(descriptor.pointee.sizeof_message))
        protobuf_c_message_init(descriptor, message)
        var writer = CMessageWriter(schema: self, message: message, arena: arena)
        try value.encodeFields(to: &writer)
        return message
    }

    /// The field numbered `number`.
    fileprivate func field(numbered number: Int) throws -> FieldSchema {
        guard let position = fieldByNumber[number] else {
            throw WireError.schemaMismatch(type: name, reason: "it has no field numbered \(number)")
        }
        return fields[position]
    }
}

/// Reads the fields of one unpacked C message into Swift values, positioned by ``MessageSchema/readMessage``.
private struct CMessageReader: ProtoFieldDecoder {
    let schema: MessageSchema
    let message: UnsafeRawPointer
    var index = 0

    private var field: FieldSchema { schema.fields[index] }
    private var pointer: UnsafeRawPointer { message + field.offset }

    private func mismatch(_ swiftType: @autoclosure () -> String) -> WireError {
        .schemaMismatch(
            type: schema.name,
            reason: "field '\(field.name)' (\(field.isRepeated ? "repeated " : "")\(field.kind)) read as \(swiftType())")
    }

    /// The C value of a singular field of `kind`.
    private func scalar(_ kinds: FieldSchema.Kinds, _ swiftType: @autoclosure () -> String) throws -> UnsafeRawPointer {
        guard !field.isRepeated, kinds.contains(field.kind) else { throw mismatch(swiftType()) }
        return pointer
    }

    /// Each element of a repeated field of `kind`.
    private func elements<T>(
        _ kinds: FieldSchema.Kinds, _ swiftType: @autoclosure () -> String, _ read: (UnsafeRawPointer) throws -> T
    ) throws -> [T] {
        guard field.isRepeated, kinds.contains(field.kind) else { throw mismatch(swiftType()) }
        let count = (message + field.quantifierOffset).load(as: Int.self)
        guard count > 0, let array = pointer.load(as: UnsafeRawPointer?.self) else { return [] }
        var result: [T] = []
        result.reserveCapacity(count)
        let size = field.elementSize
        for position in 0..<count { result.append(try read(array + position * size)) }
        return result
    }

    private static func string(_ pointer: UnsafeRawPointer) -> String {
        pointer.load(as: UnsafePointer<CChar>?.self).map { String(cString: $0) } ?? ""
    }

    private static func bytes(_ pointer: UnsafeRawPointer) -> [UInt8] {
        let data = pointer.load(as: ProtobufCBinaryData.self)
        guard data.len > 0, let bytes = data.data else { return [] }
        return Array(UnsafeBufferPointer(start: bytes, count: data.len))
    }

    private func integer(_ pointer: UnsafeRawPointer) -> Int {
        field.kind == .int32 ? Int(pointer.load(as: Int32.self)) : Int(pointer.load(as: Int64.self))
    }

    private func enumeration<Value: ProtoEnum>(_ pointer: UnsafeRawPointer, _ type: Value.Type) throws -> Value {
        let number = pointer.load(as: Int32.self)
        guard let value = Value(protoNumber: number) else {
            throw WireError.malformedMessage(
                type: schema.name, reason: "field '\(field.name)': \(number) is not a value of \(Value.self)")
        }
        return value
    }

    mutating func decode(_ value: inout String) throws { value = Self.string(try scalar(.string, "String")) }
    mutating func decode(_ value: inout Int) throws { value = integer(try scalar(.integers, "Int")) }
    mutating func decode(_ value: inout UInt32) throws { value = try scalar(.uint32, "UInt32").load(as: UInt32.self) }
    mutating func decode(_ value: inout UInt64) throws { value = try scalar(.uint64, "UInt64").load(as: UInt64.self) }
    mutating func decode(_ value: inout Double) throws { value = try scalar(.double, "Double").load(as: Double.self) }
    mutating func decode(_ value: inout Float) throws { value = try scalar(.float, "Float").load(as: Float.self) }
    mutating func decode(_ value: inout Bool) throws { value = try scalar(.bool, "Bool").load(as: Int32.self) != 0 }
    mutating func decode(_ value: inout [UInt8]) throws { value = Self.bytes(try scalar(.bytes, "[UInt8]")) }

    mutating func decode<Value: ProtoEnum>(_ value: inout Value) throws {
        value = try enumeration(try scalar(.enumeration, "\(Value.self)"), Value.self)
    }

    mutating func decode<Value: ProtoMessage>(_ value: inout Value?) throws {
        let pointer = try scalar(.message, "\(Value.self)?")
        guard let nested = field.message, let sub = pointer.load(as: UnsafeRawPointer?.self) else {
            value = nil
            return
        }
        value = try nested.readMessage(Value.self, from: sub)
    }

    mutating func decode(_ value: inout [String]) throws { value = try elements(.string, "[String]", Self.string) }
    mutating func decode(_ value: inout [Int]) throws { value = try elements(.integers, "[Int]", integer) }
    mutating func decode(_ value: inout [UInt32]) throws { value = try elements(.uint32, "[UInt32]") { $0.load(as: UInt32.self) } }
    mutating func decode(_ value: inout [UInt64]) throws { value = try elements(.uint64, "[UInt64]") { $0.load(as: UInt64.self) } }
    mutating func decode(_ value: inout [Double]) throws { value = try elements(.double, "[Double]") { $0.load(as: Double.self) } }
    mutating func decode(_ value: inout [Float]) throws { value = try elements(.float, "[Float]") { $0.load(as: Float.self) } }
    mutating func decode(_ value: inout [Bool]) throws { value = try elements(.bool, "[Bool]") { $0.load(as: Int32.self) != 0 } }
    mutating func decode(_ value: inout [[UInt8]]) throws { value = try elements(.bytes, "[[UInt8]]", Self.bytes) }

    mutating func decode<Value: ProtoEnum>(_ value: inout [Value]) throws {
        value = try elements(.enumeration, "[\(Value.self)]") { try enumeration($0, Value.self) }
    }

    mutating func decode<Value: ProtoMessage>(_ value: inout [Value]) throws {
        guard let nested = field.message else { throw mismatch("[\(Value.self)]") }
        value = try elements(.message, "[\(Value.self)]") { element in
            guard let sub = element.load(as: UnsafeRawPointer?.self) else {
                throw WireError.malformedMessage(type: schema.name, reason: "field '\(field.name)' holds a null message")
            }
            return try nested.readMessage(Value.self, from: sub)
        }
    }
}

/// Writes Swift values into the fields of one C message being built, for protobuf-c to pack.
private struct CMessageWriter: ProtoFieldEncoder {
    let schema: MessageSchema
    let message: UnsafeMutableRawPointer
    let arena: MessageArena

    private func mismatch(_ field: FieldSchema, _ swiftType: @autoclosure () -> String) -> WireError {
        .schemaMismatch(
            type: schema.name,
            reason: "field '\(field.name)' (\(field.isRepeated ? "repeated " : "")\(field.kind)) written from \(swiftType())")
    }

    /// The singular field numbered `number`, checked against `kinds`.
    private func scalar(
        _ number: Int, _ kinds: FieldSchema.Kinds, _ swiftType: @autoclosure () -> String
    ) throws -> (FieldSchema, UnsafeMutableRawPointer) {
        let field = try schema.field(numbered: number)
        guard !field.isRepeated, kinds.contains(field.kind) else { throw mismatch(field, swiftType()) }
        return (field, message + field.offset)
    }

    /// Allocates the array of a repeated field and hands each element's slot to `write`.
    private func repeated<T>(
        _ values: [T], _ number: Int, _ kinds: FieldSchema.Kinds, _ swiftType: @autoclosure () -> String,
        _ write: (FieldSchema, T, UnsafeMutableRawPointer) throws -> Void
    ) throws {
        guard !values.isEmpty else { return }
        let field = try schema.field(numbered: number)
        guard field.isRepeated, kinds.contains(field.kind) else { throw mismatch(field, swiftType()) }
        let size = field.elementSize
        let array = arena.allocate(size * values.count)
        for (position, value) in values.enumerated() { try write(field, value, array + position * size) }
        (message + field.quantifierOffset).storeBytes(of: values.count, as: Int.self)
        (message + field.offset).storeBytes(of: array, as: UnsafeMutableRawPointer?.self)
    }

    private func storeInteger(_ value: Int, _ field: FieldSchema, _ slot: UnsafeMutableRawPointer) throws {
        if field.kind == .int32 {
            guard let narrow = Int32(exactly: value) else {
                throw WireError.schemaMismatch(
                    type: schema.name, reason: "field '\(field.name)' is int32 and cannot hold \(value)")
            }
            slot.storeBytes(of: narrow, as: Int32.self)
        } else {
            slot.storeBytes(of: Int64(value), as: Int64.self)
        }
    }

    private func storeBytes(_ value: [UInt8], _ slot: UnsafeMutableRawPointer) {
        let copy = arena.allocate(value.count)
        value.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: value.count) }
        }
        slot.storeBytes(
            of: ProtobufCBinaryData(len: value.count, data: copy.assumingMemoryBound(to: UInt8.self)), as: ProtobufCBinaryData.self)
    }

    mutating func encode(_ value: String, field: Int) throws {
        guard !value.isEmpty else { return }
        try scalar(field, .string, "String").1.storeBytes(of: arena.cString(value), as: UnsafeMutableRawPointer?.self)
    }

    mutating func encode(_ value: Int, field: Int) throws {
        guard value != 0 else { return }
        let (schemaField, slot) = try scalar(field, .integers, "Int")
        try storeInteger(value, schemaField, slot)
    }

    mutating func encode(_ value: UInt32, field: Int) throws {
        guard value != 0 else { return }
        try scalar(field, .uint32, "UInt32").1.storeBytes(of: value, as: UInt32.self)
    }

    mutating func encode(_ value: UInt64, field: Int) throws {
        guard value != 0 else { return }
        try scalar(field, .uint64, "UInt64").1.storeBytes(of: value, as: UInt64.self)
    }

    mutating func encode(_ value: Double, field: Int) throws {
        guard value != 0 || value.sign == .minus else { return }
        try scalar(field, .double, "Double").1.storeBytes(of: value, as: Double.self)
    }

    mutating func encode(_ value: Float, field: Int) throws {
        guard value != 0 || value.sign == .minus else { return }
        try scalar(field, .float, "Float").1.storeBytes(of: value, as: Float.self)
    }

    mutating func encode(_ value: Bool, field: Int) throws {
        guard value else { return }
        try scalar(field, .bool, "Bool").1.storeBytes(of: Int32(1), as: Int32.self)
    }

    mutating func encode(_ value: [UInt8], field: Int) throws {
        guard !value.isEmpty else { return }
        storeBytes(value, try scalar(field, .bytes, "[UInt8]").1)
    }

    mutating func encode<Value: ProtoEnum>(_ value: Value, field: Int) throws {
        let number = value.protoNumber
        guard number != 0 else { return }
        try scalar(field, .enumeration, "\(Value.self)").1.storeBytes(of: number, as: Int32.self)
    }

    mutating func encode<Value: ProtoMessage>(_ value: Value?, field: Int) throws {
        guard let value else { return }
        let (schemaField, slot) = try scalar(field, .message, "\(Value.self)?")
        guard let nested = schemaField.message else { throw mismatch(schemaField, "\(Value.self)?") }
        slot.storeBytes(of: try nested.writeMessage(value, arena: arena), as: UnsafeMutableRawPointer?.self)
    }

    mutating func encode(_ value: [String], field: Int) throws {
        try repeated(value, field, .string, "[String]") { _, text, slot in
            slot.storeBytes(of: arena.cString(text), as: UnsafeMutableRawPointer?.self)
        }
    }

    mutating func encode(_ value: [Int], field: Int) throws {
        try repeated(value, field, .integers, "[Int]") { schemaField, number, slot in
            try storeInteger(number, schemaField, slot)
        }
    }

    mutating func encode(_ value: [UInt32], field: Int) throws {
        try repeated(value, field, .uint32, "[UInt32]") { $2.storeBytes(of: $1, as: UInt32.self) }
    }

    mutating func encode(_ value: [UInt64], field: Int) throws {
        try repeated(value, field, .uint64, "[UInt64]") { $2.storeBytes(of: $1, as: UInt64.self) }
    }

    mutating func encode(_ value: [Double], field: Int) throws {
        try repeated(value, field, .double, "[Double]") { $2.storeBytes(of: $1, as: Double.self) }
    }

    mutating func encode(_ value: [Float], field: Int) throws {
        try repeated(value, field, .float, "[Float]") { $2.storeBytes(of: $1, as: Float.self) }
    }

    mutating func encode(_ value: [Bool], field: Int) throws {
        try repeated(value, field, .bool, "[Bool]") { $2.storeBytes(of: Int32($1 ? 1 : 0), as: Int32.self) }
    }

    mutating func encode(_ value: [[UInt8]], field: Int) throws {
        try repeated(value, field, .bytes, "[[UInt8]]") { storeBytes($1, $2) }
    }

    mutating func encode<Value: ProtoEnum>(_ value: [Value], field: Int) throws {
        try repeated(value, field, .enumeration, "[\(Value.self)]") { $2.storeBytes(of: $1.protoNumber, as: Int32.self) }
    }

    mutating func encode<Value: ProtoMessage>(_ value: [Value], field: Int) throws {
        try repeated(value, field, .message, "[\(Value.self)]") { schemaField, element, slot in
            guard let nested = schemaField.message else { throw mismatch(schemaField, "[\(Value.self)]") }
            slot.storeBytes(of: try nested.writeMessage(element, arena: arena), as: UnsafeMutableRawPointer?.self)
        }
    }
}

/// Zeroed memory for one message being built, handed out from 64 KiB chunks and freed all at once after packing,
/// so building a message of any size costs a few allocations, not one per field.
private final class MessageArena {
    private static let largestChunk = 64 * 1024
    private var blocks: [UnsafeMutableRawPointer] = []
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0
    /// The next chunk's size: small for small messages, doubling up to 64 KiB for large ones.
    private var chunkSize = 512

    /// `size` zeroed bytes, 16-byte aligned.
    func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let rounded = (max(size, 1) + 15) & ~15
        if rounded > Self.largestChunk / 4 {
            let block = calloc(1, rounded)!
            blocks.append(block)
            return block
        }
        if rounded > remaining {
            while chunkSize < rounded { chunkSize *= 2 }
            let chunk = calloc(1, chunkSize)!
            blocks.append(chunk)
            next = chunk
            remaining = chunkSize
            chunkSize = min(chunkSize * 2, Self.largestChunk)
        }
        let result = next!
        next = result + rounded
        remaining -= rounded
        return result
    }

    /// A NUL-terminated copy of `text`.
    func cString(_ text: String) -> UnsafeMutableRawPointer {
        var text = text
        return text.withUTF8 { utf8 in
            let block = allocate(utf8.count + 1)
            if let base = utf8.baseAddress { block.copyMemory(from: base, byteCount: utf8.count) }
            return block
        }
    }

    func freeAll() {
        for block in blocks { free(block) }
        blocks.removeAll()
        next = nil
        remaining = 0
    }
}

// MARK: Strings

extension MessageSchema {
    /// Refuses a string field (at any depth) holding NUL or bytes that are not UTF-8, naming the field by its path from
    /// the outermost message, `root` (`field 'metadata.value' of cyphub.host.v1.CallStart`).
    fileprivate func checkStrings(_ bytes: UnsafeRawBufferPointer, path: String, root: String? = nil) throws(WireError) {
        var walker = WireFieldWalker(bytes)
        while let (number, payload) = walker.next() {
            guard let payload, let position = fieldByNumber[number] else { continue }
            let field = fields[position]
            let fieldPath = path.isEmpty ? field.name : "\(path).\(field.name)"
            switch field.kind {
            case .string:
                if let defect = stringDefect(payload) {
                    throw .invalidString(type: root ?? name, field: fieldPath, reason: defect)
                }
            case .message:
                if let message = field.message, message.containsStrings {
                    try message.checkStrings(payload, path: fieldPath, root: root ?? name)
                }
            default: continue
            }
        }
    }
}
