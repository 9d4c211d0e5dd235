public import CYPHubCore

/// The domain modules compiled into CYPHub. The list itself is generated at build time from `Package.swift`'s
/// `domainModules` (the `ModuleList` build plugin writes ``compiled``), so adding a module is one line there. Which
/// of them run is decided by config (`modules.enabled`); `cyphub serve --demo` enables them all.
public enum BuiltInModules {
    /// Every compiled module, in the order the host registers them.
    public static var all: [any DomainModule] { compiled }

    /// Every compiled module's id.
    public static var ids: [String] { all.map(\.descriptor.id) }
}
