/// Proto `WorkstreamDeliveryInput`: the share of one workstream's savings a scenario delivers.
public struct WorkstreamDeliveryInput: Sendable, Hashable, Codable {
    /// The workstream's name.
    public var workstream: String
    /// The share delivered, % (0-200).
    public var deliveryPercent: Double

    /// Creates an input.
    public init(workstream: String, deliveryPercent: Double) {
        self.workstream = workstream
        self.deliveryPercent = deliveryPercent
    }
}
