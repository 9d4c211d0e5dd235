/// What one settings layer holds at a key, as the reader's strictness checks see it.
package enum SettingsEntry: Sendable, Equatable {
    /// Nothing at this key or under it.
    case absent
    /// A typed value from a file or from settings given in code; never `.object`.
    case value(SettingValue)
    /// Text still to be parsed: an environment variable, or a flag's values joined with commas.
    case text(String)
    /// Keys under this one (a JSON object, or variables and flags that extend this key's name).
    case object
}
