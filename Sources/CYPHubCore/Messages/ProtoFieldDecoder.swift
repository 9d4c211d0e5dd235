/// Reads the field a decoder is positioned on into a Swift value. Implemented by the wire layer (over
/// protobuf-c's unpacked message); called by generated ``ProtoMessage/decodeField(_:from:)``.
///
/// Each method throws when the field on the wire is not of the Swift type asked for (generated code and
/// schema out of step) or holds a value the type cannot (an enum number the enum lacks).
public protocol ProtoFieldDecoder {
    /// A `string` field.
    mutating func decode(_ value: inout String) throws
    /// An `int32`, `int64`, `sint*` or `sfixed*` field.
    mutating func decode(_ value: inout Int) throws
    /// A `uint32` or `fixed32` field.
    mutating func decode(_ value: inout UInt32) throws
    /// A `uint64` or `fixed64` field.
    mutating func decode(_ value: inout UInt64) throws
    /// A `double` field.
    mutating func decode(_ value: inout Double) throws
    /// A `float` field.
    mutating func decode(_ value: inout Float) throws
    /// A `bool` field.
    mutating func decode(_ value: inout Bool) throws
    /// A `bytes` field.
    mutating func decode(_ value: inout [UInt8]) throws
    /// An enum field.
    mutating func decode<Value: ProtoEnum>(_ value: inout Value) throws
    /// A message field: `nil` when it is not set.
    mutating func decode<Value: ProtoMessage>(_ value: inout Value?) throws

    /// A `repeated string` field.
    mutating func decode(_ value: inout [String]) throws
    /// A repeated signed integer field.
    mutating func decode(_ value: inout [Int]) throws
    /// A `repeated uint32` field.
    mutating func decode(_ value: inout [UInt32]) throws
    /// A `repeated uint64` field.
    mutating func decode(_ value: inout [UInt64]) throws
    /// A `repeated double` field.
    mutating func decode(_ value: inout [Double]) throws
    /// A `repeated float` field.
    mutating func decode(_ value: inout [Float]) throws
    /// A `repeated bool` field.
    mutating func decode(_ value: inout [Bool]) throws
    /// A `repeated bytes` field.
    mutating func decode(_ value: inout [[UInt8]]) throws
    /// A repeated enum field.
    mutating func decode<Value: ProtoEnum>(_ value: inout [Value]) throws
    /// A repeated message field.
    mutating func decode<Value: ProtoMessage>(_ value: inout [Value]) throws
}
