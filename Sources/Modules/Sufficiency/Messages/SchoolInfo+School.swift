import CYPHubCore

extension SchoolInfo {
    /// A school as the messages show it.
    init(_ school: School) {
        self.init(
            urn: school.urn, name: school.name, phase: Phase(school.phase), netCapacity: school.netCapacity,
            openingYear: school.openingYear?.description ?? "", closingYear: school.closingYear?.description ?? "",
            sixthForm: school.sixthForm, provision: school.provision.rawValue, primaryPlaces: school.primaryPlaces,
            secondaryPlaces: school.secondaryPlaces)
    }
}
