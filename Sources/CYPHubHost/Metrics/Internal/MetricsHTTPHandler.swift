import NIOCore
import NIOHTTP1

/// Answers one scraper's HTTP/1.1 requests: `GET /metrics` (any query string) with the exposition, anything else 404.
/// Request bodies are ignored, never buffered; the connection stays open when the request asks for keep-alive.
final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Prometheus' text exposition format.
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    private let scrape: @Sendable () -> [UInt8]
    private var request: HTTPRequestHead?

    init(scrape: @escaping @Sendable () -> [UInt8]) {
        self.scrape = scrape
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let head = request else { return }
            request = nil
            respond(to: head, context: context)
        }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.prefix { $0 != "?" }
        let status: HTTPResponseStatus
        let body: [UInt8]
        let type: String
        if head.method == .GET && path == "/metrics" {
            (status, body, type) = (.ok, scrape(), Self.contentType)
        } else {
            let text = "not found: GET /metrics answers the host's metrics\n"
            (status, body, type) = (.notFound, Array(text.utf8), "text/plain; charset=utf-8")
        }
        var headers = HTTPHeaders([("Content-Type", type), ("Content-Length", "\(body.count)")])
        let keepAlive = head.isKeepAlive
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
        }
    }
}
