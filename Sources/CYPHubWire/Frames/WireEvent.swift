/// What the frame decoder produces: the peer's preface once, then frames.
public enum WireEvent: Hashable, Sendable {
    /// The peer's preface with its protocol version.
    case preface(version: UInt16)
    /// A complete frame.
    case frame(Frame)
}
