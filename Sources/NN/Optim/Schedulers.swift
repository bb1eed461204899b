/// `torch.optim.lr_scheduler.StepLR` and `ExponentialLR`: PyTorch's chainable forms, which
/// multiply the optimizer's current rate in place (so rounding accumulates as in PyTorch).
public final class StepLR {
    public let optimizer: Optimizer
    public let stepSize: Int
    public let gamma: Double
    public private(set) var lastEpoch = 0

    /// Construction counts as the first step (epoch 0), which leaves the rate alone.
    public init(_ optimizer: Optimizer, stepSize: Int, gamma: Double = 0.1) {
        self.optimizer = optimizer
        self.stepSize = max(stepSize, 1)
        self.gamma = gamma
    }

    public func step() {
        lastEpoch += 1
        if lastEpoch % stepSize == 0 { optimizer.lr *= gamma }
    }

    /// `get_last_lr()` for the single parameter group.
    public var lastLR: [Double] { [optimizer.lr] }
}

public final class ExponentialLR {
    public let optimizer: Optimizer
    public let gamma: Double
    public private(set) var lastEpoch = 0

    public init(_ optimizer: Optimizer, gamma: Double) {
        self.optimizer = optimizer
        self.gamma = gamma
    }

    public func step() {
        lastEpoch += 1
        optimizer.lr *= gamma
    }

    public var lastLR: [Double] { [optimizer.lr] }
}
