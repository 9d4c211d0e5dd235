import NIOCore
import NIOPosix

/// A TCP relay on a loopback port to a host, which kills each connection (both sides) once `cutAfter` bytes have come
/// back from the host: a link that drops in the middle of a pull.
struct CuttingProxy {
    let channel: any Channel
    var address: String { "127.0.0.1:\(channel.localAddress?.port ?? 0)" }

    init(toPort port: Int, cutAfter: Int) async throws {
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.autoRead, value: false)
            .childChannelInitializer { inbound in
                ClientBootstrap(group: inbound.eventLoop)
                    .channelInitializer { outbound in
                        outbound.eventLoop.makeCompletedFuture {
                            try outbound.pipeline.syncOperations.addHandler(Relay(partner: inbound, cutAfter: cutAfter))
                        }
                    }
                    .connect(host: "127.0.0.1", port: port)
                    .flatMapThrowing { outbound in
                        try inbound.pipeline.syncOperations.addHandler(Relay(partner: outbound, cutAfter: nil))
                    }
                    .flatMap { inbound.setOption(.autoRead, value: true) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    func close() async {
        try? await channel.close()
    }

    /// Copies what one side reads to the other; with `cutAfter`, closes both once that many bytes have passed.
    final class Relay: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let partner: any Channel
        let cutAfter: Int?
        var passed = 0

        init(partner: any Channel, cutAfter: Int?) {
            self.partner = partner
            self.cutAfter = cutAfter
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            guard let cutAfter else {
                partner.writeAndFlush(buffer, promise: nil)
                return
            }
            let allowed = cutAfter - passed
            guard buffer.readableBytes >= allowed else {
                passed += buffer.readableBytes
                partner.writeAndFlush(buffer, promise: nil)
                return
            }
            passed = cutAfter
            let part = buffer.readSlice(length: max(0, allowed)) ?? ByteBuffer()
            let own = context.channel
            let partner = self.partner
            partner.writeAndFlush(part).whenComplete { _ in
                partner.close(promise: nil)
                own.close(promise: nil)
            }
        }

        func channelInactive(context: ChannelHandlerContext) {
            partner.close(promise: nil)
        }
    }
}
