public import CYPHubCore

/// The figures of a programme version, computed from its project and funding rows (never imported as totals).
extension CapitalProgramme {
    /// Spend by year over every project.
    public var spendByYear: YearAmounts {
        var total = YearAmounts()
        for project in projects { total.add(YearAmounts(project.spendPounds)) }
        return total
    }

    /// Spend in the programme's years, in pounds.
    public var totalPounds: Int { projects.reduce(0) { $0 + $1.spendTotalPounds } }

    /// Gross cost of every project, in pounds.
    public var grossCostPounds: Int { projects.reduce(0) { $0 + $1.grossCostPounds } }

    /// Spend before the first year, in pounds.
    public var spentBeforePounds: Int { projects.reduce(0) { $0 + $1.spentBeforePounds } }

    /// Places every project adds.
    public var places: Int { projects.reduce(0) { $0 + ($1.places?.places ?? 0) } }

    /// Totals per category, in order of first appearance.
    public var categories: [CategorySpend] {
        var order: [String] = []
        var totals: [String: CategorySpend] = [:]
        for project in projects {
            let slug = project.category.slug
            if totals[slug] == nil {
                order.append(slug)
                totals[slug] = CategorySpend(category: project.category)
            }
            totals[slug]?.add(project)
        }
        return order.compactMap { totals[$0] }
    }

    /// Totals per group, in order of first appearance.
    public var groups: [GroupSpend] {
        var order: [String] = []
        var totals: [String: GroupSpend] = [:]
        for category in categories {
            let title = category.category.group
            if totals[title] == nil {
                order.append(title)
                totals[title] = GroupSpend(title: title)
            }
            totals[title]?.categories.append(category.category.slug)
            totals[title]?.grossCostPounds += category.grossCostPounds
            totals[title]?.spend.add(category.spend)
        }
        return order.compactMap { totals[$0] }
    }

    /// Funding rows aggregated by source name and kind, in order of first appearance.
    public var fundingSources: [FundingSourceTotal] {
        struct Key: Hashable {
            var source: String
            var kind: FundingKind
        }
        var order: [Key] = []
        var totals: [Key: FundingSourceTotal] = [:]
        for row in funding {
            let key = Key(source: row.source, kind: row.kind)
            if totals[key] == nil {
                order.append(key)
                totals[key] = FundingSourceTotal(source: row.source, kind: row.kind)
            }
            totals[key]?.amounts.add(row.amountPounds, in: row.year)
            if let projectID = row.projectID, totals[key]?.projectIDs.contains(projectID) == false {
                totals[key]?.projectIDs.append(projectID)
            }
        }
        return order.compactMap { totals[$0] }
    }

    /// Funding against spend in `year`.
    public func position(in year: FinancialYear) -> FundingPosition {
        var position = FundingPosition(spendPounds: projects.reduce(0) { $0 + $1.spend(in: year) })
        for row in funding where row.year == year {
            position.add(funding: row.amountPounds, kind: row.kind)
        }
        return position
    }

    /// Funding against spend over the whole programme.
    public var position: FundingPosition {
        var position = FundingPosition(spendPounds: totalPounds)
        for row in funding {
            position.add(funding: row.amountPounds, kind: row.kind)
        }
        return position
    }

    /// Funding rows that name `projectID`, all years, in pounds.
    public func projectFundingPounds(_ projectID: String) -> Int {
        funding.filter { $0.projectID == projectID }.reduce(0) { $0 + $1.amountPounds }
    }

    /// Cost per place by phase of the projects that add places (``CostPerPlace/byPhase(_:)``).
    public var costPerPlaceByPhase: [CostPerPlace] { CostPerPlace.byPhase(placesProjects) }
}

extension CapitalProgramme {
    /// `2024/25 to 2027/28`.
    public var periodDescription: String { "\(info.firstYear) to \(info.lastYear)" }
}
