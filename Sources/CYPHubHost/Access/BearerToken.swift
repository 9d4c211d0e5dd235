import Crypto
import Foundation

/// A bearer token: `cyp_` followed by 32 bytes from the system's CSPRNG in base64url without padding (47 characters
/// in all). Shown once, when it is issued; the host keeps only its ``TokenHash``.
///
/// Plain SHA-256 (no salt, no slow key-derivation function) is the right hash for these: a salt and a slow hash defend
/// guessable secrets such as passwords, and a 256-bit random secret cannot be guessed, so a stored hash reveals nothing
/// usable and can be looked up directly (one hash and one dictionary look-up per call).
struct BearerToken: Sendable, Hashable {
    /// What every token starts with, so a leaked one is recognisable (secret scanners, logs).
    static let scheme = "cyp_"
    /// How many characters of the token are kept in the clear for listings: `cyp_` and 4 of the 43 random characters
    /// (24 of 256 bits; the rest stays unguessable).
    static let listedPrefixLength = 8

    /// The token's text, `cyp_…`.
    let text: String

    /// A new token from 32 random bytes (BoringSSL's CSPRNG, seeded by the kernel's).
    static func generate() -> BearerToken {
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Data($0) }
        return BearerToken(text: scheme + base64URL(bytes))
    }

    /// The SHA-256 of the token's text.
    var hash: TokenHash { TokenHash(of: text) }

    /// The first characters of the token, safe to list: `cyp_AbCd`.
    var listedPrefix: String { String(text.prefix(Self.listedPrefixLength)) }

    /// Base64url without padding (RFC 4648 §5).
    static func base64URL(_ data: Data) -> String {
        var text = data.base64EncodedString()
        text = text.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        while text.last == "=" { text.removeLast() }
        return text
    }
}

/// The SHA-256 of a token's text, as four words so that hashing and comparing it in the directory costs nothing more.
struct TokenHash: Sendable, Hashable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The hash of `token`'s UTF-8 bytes.
    init(of token: String) {
        var token = token
        let digest = token.withUTF8 { SHA256.hash(data: UnsafeRawBufferPointer($0)) }
        words = digest.withUnsafeBytes { bytes in
            (
                bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            )
        }
    }

    /// Reads the 64 lower-case hex digits the database stores; nil for anything else.
    init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 64 else { return nil }
        var bytes = [UInt8](repeating: 0, count: 32)
        for index in 0..<32 {
            guard let high = Self.nibble(digits[2 * index]), let low = Self.nibble(digits[2 * index + 1]) else { return nil }
            bytes[index] = high << 4 | low
        }
        words = bytes.withUnsafeBytes { bytes in
            (
                bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            )
        }
    }

    /// 64 lower-case hex digits, as stored.
    var hex: String {
        withUnsafeBytes(of: words) { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    static func == (lhs: TokenHash, rhs: TokenHash) -> Bool {
        lhs.words.0 == rhs.words.0 && lhs.words.1 == rhs.words.1 && lhs.words.2 == rhs.words.2 && lhs.words.3 == rhs.words.3
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }

    private static func nibble(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
