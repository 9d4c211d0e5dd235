/// A category of capital projects: a slug, a title and the group its totals roll up into (the seed's
/// table has three groups: Additional School Places, SEND Programme and Other Capital).
public struct CapitalCategory: Sendable, Hashable {
    /// The slug, e.g. `additional_school_places`.
    public var slug: String
    /// A title for people, e.g. `Additional School Places`.
    public var title: String
    /// The group's title, e.g. `Other Capital`.
    public var group: String

    /// The group of a category that names none.
    public static let otherCapital = "Other Capital"

    /// The categories every authority can use without giving a title or group, with their defaults.
    public static let known: [CapitalCategory] = [
        CapitalCategory(
            slug: "additional_school_places", title: "Additional School Places", group: "Additional School Places"),
        CapitalCategory(slug: "send_programme", title: "SEND Programme", group: "SEND Programme"),
        CapitalCategory(
            slug: "strategic_capital_maintenance", title: "Strategic Capital Maintenance", group: otherCapital),
        CapitalCategory(slug: "devolved_formula_capital", title: "Schools Devolved Formula Capital", group: otherCapital),
        CapitalCategory(slug: "access_and_security", title: "Schools Access / Security", group: otherCapital),
        CapitalCategory(slug: "residential_homes", title: "Children's Residential Homes", group: otherCapital),
    ]

    /// The known category with `slug`, if any.
    public static func known(_ slug: String) -> CapitalCategory? {
        known.first { $0.slug == slug }
    }

    /// A title for a slug that has none: `home_to_school_transport` → `Home To School Transport`.
    public static func defaultTitle(_ slug: String) -> String {
        slug.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
