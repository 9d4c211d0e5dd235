/// The statutory time limits the timeliness measures test against, in calendar days.
public enum SENTimelinessRules {
    /// 20 weeks: a final EHCP must be issued within 20 weeks of the request for assessment (SEND
    /// Regulations 2014, regulation 13(2)). A plan is on time when
    /// `final plan issued − request received ≤ 140` days: a request received on Monday 2 January 2023 is on
    /// time if the plan is issued by Monday 22 May 2023, and late from Tuesday 23 May.
    public static let newPlanLimitDays = 140

    /// 12 weeks: an amendment following an annual review (proposed amendments within 4 weeks of the
    /// review meeting, the amended plan within 8 weeks of those) must be complete within
    /// `amendment started + 84` days.
    public static let amendmentLimitDays = 84
}
