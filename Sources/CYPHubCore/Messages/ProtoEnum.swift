/// A protobuf enum as a Swift enum: the type `cyphub-protogen` generates for every enum in `Proto/`.
///
/// The raw value is the value's name without the enum's common prefix, lower-cased (`RAG_STATUS_GREEN` is
/// `green`), which is how JSON output spells it.
public protocol ProtoEnum: RawRepresentable, CaseIterable, Sendable, Hashable, Codable where RawValue == String {
    /// The value with the proto number `number`, `nil` when the enum has none.
    init?(protoNumber: Int32)

    /// The value's proto number.
    var protoNumber: Int32 { get }
}
