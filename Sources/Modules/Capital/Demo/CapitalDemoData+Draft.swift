import Foundation

extension CapitalDemoData {
    /// The SYNTHETIC draft's projects: as ``projects`` but ASP06 opens in 2026/27 and completes in March 2027.
    public static let draftProjects = projects.replacingFirst(
        "ASP06,Secondary school expansion (180 places),additional_school_places,\"5,304\",0,Mar-28,180,S02,secondary,2027/28",
        with: "ASP06,Secondary school expansion (180 places),additional_school_places,\"5,304\",0,Mar-27,180,S02,secondary,2026/27"
    )

    /// The SYNTHETIC draft's spend: as ``spend`` but ASP06's spend a year earlier.
    public static let draftSpend = spend.replacingFirst(
        """
        ASP06,2025/26,"3,237"
        ASP06,2026/27,"1,367"
        ASP06,2027/28,700
        """,
        with: """
            ASP06,2024/25,"3,237"
            ASP06,2025/26,"1,367"
            ASP06,2026/27,700
            """
    )

    /// The SYNTHETIC draft's funding: as ``funding`` but the S106 line follows ASP06 a year earlier
    /// (9,120 + 3,237; 14,288 − 1,870; 4,297 − 667; 1,693 − 700), so the draft is fully funded each year.
    public static let draftFunding = funding.replacingFirst(
        """
        External Contributions / S106,external_contribution,2024/25,"9,120"
        External Contributions / S106,external_contribution,2025/26,"14,288"
        External Contributions / S106,external_contribution,2026/27,"4,297"
        External Contributions / S106,external_contribution,2027/28,"1,693"
        """,
        with: """
            External Contributions / S106,external_contribution,2024/25,"12,357"
            External Contributions / S106,external_contribution,2025/26,"12,418"
            External Contributions / S106,external_contribution,2026/27,"3,630"
            External Contributions / S106,external_contribution,2027/28,993
            """
    )
}

extension String {
    /// The text with the first occurrence of `target` replaced; the text itself when there is none.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
