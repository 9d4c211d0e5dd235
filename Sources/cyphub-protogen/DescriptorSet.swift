import CProtoDescriptor
import Foundation

/// A `.proto` file as the generator sees it.
struct ProtoFile {
    var name: String
    var package: String
    var messages: [MessageDefinition] = []
    var enums: [EnumDefinition] = []
    var services: [ServiceDefinition] = []
}

struct MessageDefinition {
    var name: String
    var fullName: String
    var comment: String
    var fields: [FieldDefinition]
}

struct FieldDefinition {
    enum Kind: Equatable {
        case string, bytes, bool, double, float
        /// Signed integers of any width (Swift `Int`).
        case signed
        case uint32, uint64
        case enumeration(String)
        case message(String)
    }

    var name: String
    var jsonName: String
    var number: Int
    var repeated: Bool
    var kind: Kind
    var comment: String
}

struct EnumDefinition {
    var name: String
    var fullName: String
    var comment: String
    var values: [(name: String, number: Int32, comment: String)]
}

struct ServiceDefinition {
    var name: String
    var fullName: String
    var comment: String
    var methods: [MethodDefinition]
}

struct MethodDefinition {
    var name: String
    var input: String
    var output: String
    var serverStreaming: Bool
    var clientStreaming: Bool
    var comment: String
}

/// Reads a `FileDescriptorSet` with protobuf-c (the generated code of `google/protobuf/descriptor.proto`).
enum DescriptorSet {
    static func read(_ bytes: [UInt8]) throws -> [ProtoFile] {
        guard let set = bytes.withUnsafeBufferPointer({ google__protobuf__file_descriptor_set__unpack(nil, $0.count, $0.baseAddress) })
        else { throw GenerationError("the descriptor set could not be unpacked") }
        defer { google__protobuf__file_descriptor_set__free_unpacked(set, nil) }
        var files: [ProtoFile] = []
        for index in 0..<set.pointee.n_file {
            guard let file = set.pointee.file[index] else { continue }
            files.append(try read(file.pointee))
        }
        return files
    }

    static func string(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func read(_ file: Google__Protobuf__FileDescriptorProto) throws -> ProtoFile {
        let name = string(file.name)
        let package = string(file.package)
        if let syntax = file.syntax, String(cString: syntax) != "proto3" {
            throw GenerationError("\(name): only proto3 is supported")
        }
        let comments = Comments(file.source_code_info)
        var result = ProtoFile(name: name, package: package)
        for m in 0..<file.n_message_type {
            guard let message = file.message_type[m]?.pointee else { continue }
            let messageName = string(message.name)
            let fullName = "\(package).\(messageName)"
            if message.n_nested_type > 0 || message.n_enum_type > 0 {
                throw GenerationError("\(fullName): nested types are not supported (declare them at the top level)")
            }
            if message.n_oneof_decl > 0 {
                throw GenerationError("\(fullName): oneof and proto3 optional are not supported (protobuf-c 1.4.1)")
            }
            var fields: [FieldDefinition] = []
            for f in 0..<message.n_field {
                guard let field = message.field[f]?.pointee else { continue }
                let fieldName = string(field.name)
                let kind: FieldDefinition.Kind
                switch field.type {
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_STRING: kind = .string
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_BYTES: kind = .bytes
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_BOOL: kind = .bool
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_DOUBLE: kind = .double
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_FLOAT: kind = .float
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_INT32,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_INT64,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_SINT32,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_SINT64,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_SFIXED32,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_SFIXED64:
                    kind = .signed
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_UINT32,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_FIXED32:
                    kind = .uint32
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_UINT64,
                    GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_FIXED64:
                    kind = .uint64
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_ENUM:
                    kind = .enumeration(String(string(field.type_name).drop { $0 == "." }))
                case GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__TYPE__TYPE_MESSAGE:
                    kind = .message(String(string(field.type_name).drop { $0 == "." }))
                default:
                    throw GenerationError("\(fullName).\(fieldName): unsupported field type")
                }
                fields.append(
                    FieldDefinition(
                        name: fieldName, jsonName: string(field.json_name), number: Int(field.number),
                        repeated: field.label == GOOGLE__PROTOBUF__FIELD_DESCRIPTOR_PROTO__LABEL__LABEL_REPEATED,
                        kind: kind, comment: comments[[4, Int32(m), 2, Int32(f)]]))
            }
            result.messages.append(
                MessageDefinition(name: messageName, fullName: fullName, comment: comments[[4, Int32(m)]], fields: fields))
        }
        for e in 0..<file.n_enum_type {
            guard let enumeration = file.enum_type[e]?.pointee else { continue }
            let enumName = string(enumeration.name)
            var values: [(name: String, number: Int32, comment: String)] = []
            for v in 0..<enumeration.n_value {
                guard let value = enumeration.value[v]?.pointee else { continue }
                values.append((string(value.name), value.number, comments[[5, Int32(e), 2, Int32(v)]]))
            }
            result.enums.append(
                EnumDefinition(
                    name: enumName, fullName: "\(package).\(enumName)", comment: comments[[5, Int32(e)]], values: values))
        }
        for s in 0..<file.n_service {
            guard let service = file.service[s]?.pointee else { continue }
            let serviceName = string(service.name)
            var methods: [MethodDefinition] = []
            for m in 0..<service.n_method {
                guard let method = service.method[m]?.pointee else { continue }
                let clientStreaming = method.has_client_streaming != 0 && method.client_streaming != 0
                let serverStreaming = method.has_server_streaming != 0 && method.server_streaming != 0
                if clientStreaming && serverStreaming {
                    throw GenerationError(
                        "\(package).\(serviceName)/\(string(method.name)): bidirectional streaming is not supported")
                }
                methods.append(
                    MethodDefinition(
                        name: string(method.name), input: String(string(method.input_type).drop { $0 == "." }),
                        output: String(string(method.output_type).drop { $0 == "." }),
                        serverStreaming: serverStreaming, clientStreaming: clientStreaming,
                        comment: comments[[6, Int32(s), 2, Int32(m)]]))
            }
            result.services.append(
                ServiceDefinition(
                    name: serviceName, fullName: "\(package).\(serviceName)", comment: comments[[6, Int32(s)]],
                    methods: methods))
        }
        return result
    }
}

/// The leading comments of a file's declarations, by their source-code-info path.
struct Comments {
    private var byPath: [[Int32]: String] = [:]

    init(_ info: UnsafeMutablePointer<Google__Protobuf__SourceCodeInfo>?) {
        guard let info else { return }
        for index in 0..<info.pointee.n_location {
            guard let location = info.pointee.location[index]?.pointee, let comment = location.leading_comments else {
                continue
            }
            let path = (0..<location.n_path).map { location.path[$0] }
            byPath[path] = String(cString: comment)
        }
    }

    /// The comment's lines, trimmed, joined by newlines; empty when there is none.
    subscript(path: [Int32]) -> String {
        guard let text = byPath[path] else { return "" }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
