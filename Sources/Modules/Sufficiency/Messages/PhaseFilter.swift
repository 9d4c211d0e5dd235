public import CapitalModule

/// A request's phase: one phase, or `unspecified` for every phase the method covers (proto enum `Phase`).
public enum PhaseFilter: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every phase the method covers (the proto3 default).
    case unspecified
    /// Primary only.
    case primary
    /// Secondary only.
    case secondary
    /// Specialist only.
    case specialist

    /// The phase, or `nil` for every phase.
    public var phase: SchoolPhase? { self == .unspecified ? nil : SchoolPhase(rawValue: rawValue) }

    /// The filter for one phase, or `unspecified` for `nil`.
    public init(_ phase: SchoolPhase?) { self = phase.flatMap { PhaseFilter(rawValue: $0.rawValue) } ?? .unspecified }

    /// Whether `phase` passes the filter.
    public func includes(_ phase: SchoolPhase) -> Bool { self == .unspecified || self.phase == phase }
}
