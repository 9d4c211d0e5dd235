public import CYPHubCore
import IndicatorsModule
import SENDModule
import SocialCareModule
import WorkforceModule

/// The one place the domain modules compiled into CYPHub are listed. Which of them run is decided
/// by config (`modules.enabled`); `cyphub serve --demo` enables them all.
public enum BuiltInModules {
    /// Every compiled module, in the order the host registers them.
    public static var all: [any DomainModule] {
        [
            SocialCareModule(),
            IndicatorsModule(),
            SENDModule(),
            WorkforceModule(),
        ]
    }

    /// Every compiled module's id.
    public static var ids: [String] { all.map(\.descriptor.id) }
}
