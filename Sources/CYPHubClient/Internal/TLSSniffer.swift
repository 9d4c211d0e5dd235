import NIOCore

/// On a plaintext connection, looks at the host's first bytes once: a TLS record (an alert or a handshake, version
/// 3.x) means the host speaks TLS and this client did not, which is said plainly instead of "not a CYPHub host".
final class TLSSniffer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// The error passed down the pipeline when the host answered with TLS.
    struct HostSpeaksTLS: Error {}

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        guard let bytes = buffer.getBytes(at: buffer.readerIndex, length: min(2, buffer.readableBytes)), !bytes.isEmpty else {
            return context.fireChannelRead(data)
        }
        if [0x15, 0x16].contains(bytes[0]), bytes.count < 2 || bytes[1] == 0x03 {
            context.fireErrorCaught(HostSpeaksTLS())
            return
        }
        // Pass the bytes on first: once removed, this context forwards nothing.
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}
