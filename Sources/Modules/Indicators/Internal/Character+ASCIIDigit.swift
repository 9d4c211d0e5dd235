extension Character {
    /// `0`-`9`.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
