/// Writes a Swift value into a field of the message being packed. Implemented by the wire layer (into
/// protobuf-c's message struct); called by generated ``ProtoMessage/encodeFields(to:)``.
///
/// Values at their proto3 default (empty, zero, false, unset) may be skipped: protobuf-c would not pack them.
public protocol ProtoFieldEncoder {
    /// A `string` field.
    mutating func encode(_ value: String, field: Int) throws
    /// A signed integer field (range-checked for 32-bit fields).
    mutating func encode(_ value: Int, field: Int) throws
    /// A `uint32` or `fixed32` field.
    mutating func encode(_ value: UInt32, field: Int) throws
    /// A `uint64` or `fixed64` field.
    mutating func encode(_ value: UInt64, field: Int) throws
    /// A `double` field.
    mutating func encode(_ value: Double, field: Int) throws
    /// A `float` field.
    mutating func encode(_ value: Float, field: Int) throws
    /// A `bool` field.
    mutating func encode(_ value: Bool, field: Int) throws
    /// A `bytes` field.
    mutating func encode(_ value: [UInt8], field: Int) throws
    /// An enum field.
    mutating func encode<Value: ProtoEnum>(_ value: Value, field: Int) throws
    /// A message field; `nil` leaves it unset.
    mutating func encode<Value: ProtoMessage>(_ value: Value?, field: Int) throws

    /// A `repeated string` field.
    mutating func encode(_ value: [String], field: Int) throws
    /// A repeated signed integer field.
    mutating func encode(_ value: [Int], field: Int) throws
    /// A `repeated uint32` field.
    mutating func encode(_ value: [UInt32], field: Int) throws
    /// A `repeated uint64` field.
    mutating func encode(_ value: [UInt64], field: Int) throws
    /// A `repeated double` field.
    mutating func encode(_ value: [Double], field: Int) throws
    /// A `repeated float` field.
    mutating func encode(_ value: [Float], field: Int) throws
    /// A `repeated bool` field.
    mutating func encode(_ value: [Bool], field: Int) throws
    /// A `repeated bytes` field.
    mutating func encode(_ value: [[UInt8]], field: Int) throws
    /// A repeated enum field.
    mutating func encode<Value: ProtoEnum>(_ value: [Value], field: Int) throws
    /// A repeated message field.
    mutating func encode<Value: ProtoMessage>(_ value: [Value], field: Int) throws
}
