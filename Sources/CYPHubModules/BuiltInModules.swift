public import CYPHubCore
import CapitalModule
import IndicatorsModule
import SENDModule
import SocialCareModule
import SufficiencyModule
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
            CapitalModule(),
            SufficiencyModule(),
        ]
    }

    /// Every compiled module's id.
    public static var ids: [String] { all.map(\.descriptor.id) }
}
