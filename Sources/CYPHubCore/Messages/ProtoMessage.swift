/// A protobuf message as a Swift value: the type `cyphub-protogen` generates for every message in `Proto/`.
///
/// Generated types are the only definition of a message: the `.proto` is the source, the C (protobuf-c) and
/// the Swift are both generated from it, and CI fails when either differs from a fresh generation. The wire
/// layer packs and unpacks them with protobuf-c in one pass each way, through ``decodeField(_:from:)`` and
/// ``encodeFields(to:)``. They are `Codable` with their Swift property names, which is what `cyp --json`
/// prints.
public protocol ProtoMessage: Sendable, Hashable, Codable {
    /// The message's fully qualified proto name, e.g. `cyphub.socialcare.v1.Snapshot`.
    static var protoName: String { get }

    /// A message with every field at its default.
    init()

    /// Sets the field numbered `number` from `decoder`, which is positioned on that field.
    mutating func decodeField<Decoder: ProtoFieldDecoder>(_ number: Int, from decoder: inout Decoder) throws

    /// Hands every field, with its number, to `encoder`.
    func encodeFields<Encoder: ProtoFieldEncoder>(to encoder: inout Encoder) throws
}
