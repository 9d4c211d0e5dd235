import CYPHubCore
import CYPHubWire
import NIOCore
import Testing

@Suite struct ProtoSchemaTests {
    let schema: ProtoSchema

    init() throws { schema = try ProtoSchema.load() }

    @Test func roundTripsTheCallEnvelopeThroughProtobufC() throws {
        let start = CallStart(
            method: "cyphub.host.v1.Health/Check",
            timeoutMs: 1500,
            metadata: [Metadata(key: "x-request", value: "42")],
            acceptEncoding: ["zlib"]
        )
        var buffer = ByteBuffer()
        try schema.callStart.encode(start, into: &buffer)
        let decoded = try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 1 << 20)
        #expect(decoded == start)
    }

    @Test func theEnvelopeFastPathsMatchTheGenericCodecByteForByte() throws {
        for start in [
            CallStart(method: "cyphub.host.v1.Diagnostics/Echo", timeoutMs: 10_000, acceptEncoding: ["zlib"]),
            CallStart(method: "a/b"),
            CallStart(method: "a/b", metadata: [Metadata(key: "k", value: "v")]),
        ] {
            var fast = ByteBuffer()
            try schema.encodeCallStart(start, into: &fast)
            var generic = ByteBuffer()
            try schema.callStart.encode(start, into: &generic)
            #expect(fast == generic)
            #expect(try schema.decodeCallStart(generic, allocationLimit: 1 << 20) == start)
        }
        #expect(throws: WireError.self) { try schema.decodeCallStart(ByteBuffer(bytes: [0x0A, 0x10, 0x61]), allocationLimit: 1 << 20) }
        var ok = ByteBuffer()
        try schema.encodeStatus(.ok, into: &ok)
        #expect(ok.readableBytes == 0)
        #expect(try schema.status.decode(Status.self, from: ok, allocationLimit: 1024) == .ok)
        var failed = ByteBuffer()
        try schema.encodeStatus(Status(code: 5, message: "no"), into: &failed)
        #expect(try schema.decodeStatus(failed, allocationLimit: 1024) == Status(code: 5, message: "no"))
    }

    @Test func encodesExactlyTheProtobufWireBytes() throws {
        // Status { code: 5, message: "no" } is field 1 varint 5, field 2 length-delimited "no".
        var buffer = ByteBuffer()
        try schema.status.encode(Status(code: 5, message: "no"), into: &buffer)
        #expect(Array(buffer.readableBytesView) == [0x08, 0x05, 0x12, 0x02, 0x6E, 0x6F])
    }

    @Test func emptyRepeatedFieldsStayRepeated() throws {
        var buffer = ByteBuffer()
        try schema.callStart.encode(CallStart(method: "a/b"), into: &buffer)
        let decoded = try schema.callStart.decode(CallStart.self, from: buffer, allocationLimit: 1 << 20)
        #expect(decoded.metadata.isEmpty)
        #expect(decoded.method == "a/b")
    }

    struct Health: Codable, Equatable {
        struct Module: Codable, Equatable {
            var module: String
            var status: ServingStatus
        }
        var status: ServingStatus
        var modules: [Module]
        var version: String
    }

    @Test func mapsEnumsByTheirShortNamesAndNestedRepeatedMessages() throws {
        let message = try #require(schema.message(named: "cyphub.host.v1.HealthCheckResponse"))
        let health = Health(status: .notServing, modules: [.init(module: "social-care", status: .serving)], version: "1")
        var buffer = ByteBuffer()
        try message.encode(health, into: &buffer)
        // status field 1 = enum value 2 (SERVING_STATUS_NOT_SERVING).
        #expect(Array(buffer.readableBytesView.prefix(2)) == [0x08, 0x02])
        #expect(try message.decode(Health.self, from: buffer, allocationLimit: 1 << 20) == health)
    }

    @Test func refusesGarbageBytes() throws {
        let garbage = ByteBuffer(bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01])
        #expect(throws: WireError.self) { try schema.callStart.decode(garbage, allocationLimit: 1 << 20) }
        // A length-delimited field that claims more bytes than there are.
        let truncated = ByteBuffer(bytes: [0x0A, 0x10, 0x61])
        #expect(throws: WireError.self) { try schema.callStart.decode(truncated, allocationLimit: 1 << 20) }
    }

    @Test func capsWhatProtobufCMayAllocate() throws {
        // 2,000 empty Metadata entries: tiny on the wire, each needs a struct when unpacked.
        var bytes: [UInt8] = []
        for _ in 0..<2000 { bytes += [0x1A, 0x00] }
        let buffer = ByteBuffer(bytes: bytes)
        #expect(throws: WireError.self) { try schema.callStart.decode(buffer, allocationLimit: 4096) }
        let fields = try schema.callStart.decode(buffer, allocationLimit: 1 << 22)
        guard case .list(let entries)? = fields["metadata"] else {
            Issue.record("metadata missing")
            return
        }
        #expect(entries.count == 2000)
    }

    struct Misspelled: Codable { var methodd: String }

    @Test func refusesASwiftFieldTheSchemaDoesNotHave() throws {
        var buffer = ByteBuffer()
        #expect(throws: WireError.self) { try schema.callStart.encode(Misspelled(methodd: "x"), into: &buffer) }
    }

    @Test func findsMethodsWithTheirInputAndOutput() throws {
        let method = try #require(schema.method("cyphub.host.v1.Health/Check"))
        #expect(method.input.name == "cyphub.host.v1.HealthCheckRequest")
        #expect(method.output.name == "cyphub.host.v1.HealthCheckResponse")
        #expect(schema.method("cyphub.host.v1.Health/Nope") == nil)
    }
}
