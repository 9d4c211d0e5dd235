/// Repeated fields are encoded only when they have elements, and decode as empty when absent.
///
/// Proto3 sends nothing for an empty repeated field, so leaving it out changes nothing on the wire.
/// It is needed because the core's `ProtoEncoder` tests `value as? [UInt8]` to find `bytes` fields,
/// and Swift casts ANY empty array to `[UInt8]`: an empty `[TeamType]` would be encoded as empty
/// `bytes`, which the decoder then refuses for a repeated field. Remove this once the core checks
/// the static type (`T.self == [UInt8].self`) as its decoder does.
extension KeyedEncodingContainer {
    mutating func encodeRepeated<Element: Encodable>(_ values: [Element], forKey key: Key) throws {
        if !values.isEmpty { try encode(values, forKey: key) }
    }
}

extension KeyedDecodingContainer {
    func decodeRepeated<Element: Decodable>(_ type: [Element].Type, forKey key: Key) throws -> [Element] {
        try decodeIfPresent([Element].self, forKey: key) ?? []
    }
}
