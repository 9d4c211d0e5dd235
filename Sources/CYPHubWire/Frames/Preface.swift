public import NIOCore

/// The 8 bytes each side sends first: `CYPHUB` then the protocol version as a big-endian `UInt16`.
///
/// A peer whose first bytes are not `CYPHUB` (an HTTP client, a wrong port) is refused: the host
/// writes one line of text saying what this port speaks and closes. A peer with the right magic but
/// another version gets the host's preface, a GOAWAY naming the versions, and a close.
public enum Preface {
    /// `CYPHUB`.
    public static let magic: [UInt8] = Array("CYPHUB".utf8)
    /// The protocol version this build speaks.
    public static let version: UInt16 = 1
    /// Magic plus version.
    public static let size = 8

    /// Appends the preface for `version`.
    public static func write(version: UInt16 = Preface.version, to buffer: inout ByteBuffer) {
        buffer.writeBytes(magic)
        buffer.writeInteger(version)
    }

    /// The preface as a buffer.
    public static func buffer(version: UInt16 = Preface.version) -> ByteBuffer {
        var buffer = ByteBuffer()
        write(version: version, to: &buffer)
        return buffer
    }

    /// What the host writes to a peer that sent something else, before closing.
    public static let refusal = "CYPHUB-ERROR this port speaks the CYPHub binary protocol (see README, \"Wire protocol\"); closing\n"
}
