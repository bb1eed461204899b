/// What the interactive REPL imports before the first prompt, so a user can type
/// `Sequential(Linear(8, 1), Sigmoid())` at once. Imports that fail (a module not there yet)
/// are skipped and left out of the banner.
public enum Prelude {
    static let imports: [(statement: String, shows: String)] = [
        ("import torch", "torch"),
        ("import torch.nn as nn", "nn"),
        ("import torch.nn.functional as F", "F"),
        ("import torch.optim as optim", "optim"),
        ("import numpy as np", "np"),
        ("from torch.nn import *", "torch.nn's classes"),
    ]

    /// Runs the imports and returns the names of those that loaded.
    static func load(into runner: CodeRunner) -> [String] {
        imports.compactMap { item in
            do {
                try runner.run(item.statement + "\n", filename: "<prelude>", mode: .file) { _ in }
                return item.shows
            } catch {
                return nil
            }
        }
    }

    static func banner(loaded: [String]?) -> String {
        let head = "Flint \(flintVersion)"
        guard let loaded else { return head + " — nothing imported (prelude off)" }
        guard let last = loaded.last else { return head + " — nothing imported (prelude failed)" }
        let list = loaded.count == 1 ? last : loaded.dropLast().joined(separator: ", ") + " and " + last
        return head + " — \(list) \(loaded.count == 1 ? "is" : "are") imported (--no-prelude to start bare)"
    }
}

public let flintVersion = "0.1"
