public import CYPHubCore

/// One version of an authority's capital programme: its projects with their phased spend, and its funding.
/// The figures computed from it are in `CapitalProgramme+Figures.swift`.
public struct CapitalProgramme: Sendable, Hashable {
    /// ONS code of the authority.
    public var authority: String
    /// The version: date, label, years and import time.
    public var info: CapitalVersionInfo
    /// The projects, in file order.
    public var projects: [CapitalProject]
    /// The funding rows, in file order.
    public var funding: [CapitalFunding]

    /// Creates a programme.
    public init(authority: String, info: CapitalVersionInfo, projects: [CapitalProject], funding: [CapitalFunding]) {
        self.authority = authority
        self.info = info
        self.projects = projects
        self.funding = funding
    }

    /// The programme's financial years, first to last.
    public var years: [FinancialYear] {
        guard info.firstYear <= info.lastYear else { return [] }
        return (0...info.lastYear.years(since: info.firstYear)).map { info.firstYear.adding(years: $0) }
    }

    /// The projects that add places, as the sufficiency module sees them.
    public var placesProjects: [PlacesProject] { projects.compactMap(\.placesProject) }
}
