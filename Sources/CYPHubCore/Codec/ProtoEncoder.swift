/// Encodes a `Codable` value into a ``ProtoFields`` tree.
///
/// Optional values that are `nil` are left out (an absent sub-message). `[UInt8]` becomes `bytes`.
public struct ProtoEncoder: Sendable {
    /// Creates an encoder.
    public init() {}

    /// Encodes a value whose top level is a keyed container (a struct).
    public func encode<T: Encodable>(_ value: T) throws -> ProtoFields {
        let node = EncodingNode()
        try node.encode(value, codingPath: [])
        switch node.resolve() {
        case .message(let fields): return fields
        case .none: return ProtoFields()
        case .some(let other):
            throw EncodingError.invalidValue(
                value,
                .init(codingPath: [], debugDescription: "a protobuf message must be a struct, got \(other)")
            )
        }
    }
}

/// A node of the tree under construction; containers share nodes by reference, as Codable requires.
final class EncodingNode {
    enum Kind {
        case empty
        case keyed([String: EncodingNode])
        case unkeyed([EncodingNode])
        case value(ProtoValue)
    }

    var kind: Kind = .empty

    func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        // Check the static type: an empty array of any element type would pass `value as? [UInt8]`.
        if T.self == [UInt8].self, let bytes = value as? [UInt8] {
            kind = .value(.bytes(bytes))
            return
        }
        try value.encode(to: NodeEncoder(node: self, codingPath: codingPath))
    }

    func resolve() -> ProtoValue? {
        switch kind {
        case .empty:
            return nil
        case .value(let value):
            return value
        case .unkeyed(let nodes):
            return .list(nodes.compactMap { $0.resolve() })
        case .keyed(let children):
            var fields = [String: ProtoValue](minimumCapacity: children.count)
            for (key, child) in children {
                if let value = child.resolve() { fields[key] = value }
            }
            return .message(ProtoFields(fields))
        }
    }

    func child(forKey key: String) -> EncodingNode {
        let child = EncodingNode()
        switch kind {
        case .keyed(var children):
            children[key] = child
            kind = .keyed(children)
        default:
            kind = .keyed([key: child])
        }
        return child
    }

    func appendChild() -> EncodingNode {
        let child = EncodingNode()
        switch kind {
        case .unkeyed(var nodes):
            nodes.append(child)
            kind = .unkeyed(nodes)
        default:
            kind = .unkeyed([child])
        }
        return child
    }

    func becomeKeyed() {
        if case .keyed = kind { return }
        kind = .keyed([:])
    }

    func becomeUnkeyed() {
        if case .unkeyed = kind { return }
        kind = .unkeyed([])
    }
}

struct NodeEncoder: Encoder {
    let node: EncodingNode
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.becomeKeyed()
        return KeyedEncodingContainer(KeyedNodeContainer<Key>(node: node, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.becomeUnkeyed()
        return UnkeyedNodeContainer(node: node, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleNodeContainer(node: node, codingPath: codingPath)
    }
}

struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {}

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try node.child(forKey: key.stringValue).encode(value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let child = node.child(forKey: key.stringValue)
        child.becomeKeyed()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let child = node.child(forKey: key.stringValue)
        child.becomeUnkeyed()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        NodeEncoder(node: node.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    var count: Int {
        if case .unkeyed(let nodes) = node.kind { return nodes.count }
        return 0
    }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.appendChild().encode(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
        NestedKey
    > {
        let child = node.appendChild()
        child.becomeKeyed()
        return KeyedEncodingContainer(KeyedNodeContainer<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let child = node.appendChild()
        child.becomeUnkeyed()
        return UnkeyedNodeContainer(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
        NodeEncoder(node: node.appendChild(), codingPath: codingPath)
    }
}

struct SingleNodeContainer: SingleValueEncodingContainer {
    let node: EncodingNode
    let codingPath: [any CodingKey]

    mutating func encodeNil() throws { node.kind = .empty }
    mutating func encode(_ value: Bool) throws { node.kind = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { node.kind = .value(.string(value)) }
    mutating func encode(_ value: Double) throws { node.kind = .value(.double(value)) }
    mutating func encode(_ value: Float) throws { node.kind = .value(.double(Double(value))) }
    mutating func encode(_ value: Int) throws { node.kind = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int8) throws { node.kind = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int16) throws { node.kind = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int32) throws { node.kind = .value(.int(Int64(value))) }
    mutating func encode(_ value: Int64) throws { node.kind = .value(.int(value)) }
    mutating func encode(_ value: UInt) throws { node.kind = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt8) throws { node.kind = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt16) throws { node.kind = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt32) throws { node.kind = .value(.uint(UInt64(value))) }
    mutating func encode(_ value: UInt64) throws { node.kind = .value(.uint(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try node.encode(value, codingPath: codingPath) }
}
