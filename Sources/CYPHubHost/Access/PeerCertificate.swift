import NIOCore
import NIOSSL
import SwiftASN1
import X509

/// The client certificate a mutual-TLS peer presented, as principals name it.
enum PeerCertificate {
    /// The subject of the certificate the peer on `channel` presented (`CN=…,O=…`, as swift-certificates prints a
    /// distinguished name); nil on a plaintext connection or when the peer sent none. Call on the channel's loop.
    static func subject(of channel: any Channel) -> String? {
        guard let handler = try? channel.pipeline.syncOperations.handler(type: NIOSSLServerHandler.self),
            let certificate = handler.peerCertificate,
            let der = try? certificate.toDERBytes(),
            let parsed = try? Certificate(derEncoded: der)
        else { return nil }
        return parsed.subject.description
    }
}
