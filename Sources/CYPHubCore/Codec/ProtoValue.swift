/// A protobuf message's contents as a Swift value tree, independent of any encoding library.
///
/// Domain modules never see this type directly: ``ProtoEncoder`` turns their `Codable` structs into
/// it and ``ProtoDecoder`` turns it back. The wire layer converts between this tree and protobuf-c's
/// C messages using the descriptors generated from `Proto/`. Field keys are the protobuf JSON names
/// (lower camel case: `cp_plans` is `cpPlans`).
public indirect enum ProtoValue: Sendable, Hashable {
    /// Any signed integer field (`int32`, `int64`, `sint*`, `sfixed*`).
    case int(Int64)
    /// Any unsigned integer field (`uint32`, `uint64`, `fixed*`).
    case uint(UInt64)
    /// A `double` or `float` field.
    case double(Double)
    /// A `bool` field.
    case bool(Bool)
    /// A `string` field.
    case string(String)
    /// A `bytes` field.
    case bytes([UInt8])
    /// An enum field as decoded from the wire: its number and its short lower-case name
    /// (`RAG_STATUS_GREEN` in enum `RagStatus` is `green`).
    case enumeration(number: Int32, name: String)
    /// A message field.
    case message(ProtoFields)
    /// A repeated field.
    case list([ProtoValue])
}

/// The fields of one message, keyed by protobuf JSON name. Absent keys take proto3 defaults.
public struct ProtoFields: Sendable, Hashable, Sequence {
    /// The fields that are present.
    public var values: [String: ProtoValue]

    /// Creates a message from its fields.
    public init(_ values: [String: ProtoValue] = [:]) { self.values = values }

    /// The value of a field, or `nil` when absent.
    public subscript(key: String) -> ProtoValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// Iterates the present fields in no particular order.
    public func makeIterator() -> Dictionary<String, ProtoValue>.Iterator { values.makeIterator() }
}

/// Converts a protobuf field name to its JSON name: each `_` is dropped and the next character
/// upper-cased (`children_aged_0_to_17` is `childrenAged0To17`). This is how Swift property names
/// are matched to proto fields.
public func protoJSONName(_ fieldName: String) -> String {
    var result = ""
    result.reserveCapacity(fieldName.utf8.count)
    var capitalizeNext = false
    for character in fieldName {
        if character == "_" {
            capitalizeNext = true
        } else if capitalizeNext {
            result.append(contentsOf: character.uppercased())
            capitalizeNext = false
        } else {
            result.append(character)
        }
    }
    return result
}
