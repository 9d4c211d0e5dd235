/// A message whose payload is already compressed (a snapshot chunk): the host sends its MESSAGE frame as it is, never
/// compressing it again, whatever the client accepts.
public protocol PrecompressedMessage: ProtoMessage {
    /// Whether this message carries compressed data (so compressing the frame would only cost time).
    var carriesCompressedData: Bool { get }
}
