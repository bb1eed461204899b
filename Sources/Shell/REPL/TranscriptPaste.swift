/// Pasting a `>>>` transcript runs only its input: prompts are stripped and the old output
/// lines between examples are dropped. The paste is over once no more input is waiting, so
/// what the user types afterwards is taken as it is.
struct TranscriptPaste {
    private(set) var active = false

    /// The code in `line`, or nil for an old output line. `continuing` says whether a
    /// statement is open; `moreWaiting` whether more pasted input follows at once.
    mutating func filter(_ line: String, continuing: Bool, moreWaiting: Bool) -> String? {
        defer { if !moreWaiting { active = false } }
        if !continuing, let code = Self.strip(line, prompt: ">>>") {
            active = true
            return code
        }
        guard active else { return line }
        if let code = Self.strip(line, prompt: "...") { return code }
        return continuing ? line : nil
    }

    /// `line` without `prompt` and the space after it, when it starts with them.
    private static func strip(_ line: String, prompt: String) -> String? {
        if line == prompt { return "" }
        guard line.hasPrefix(prompt + " ") else { return nil }
        return String(line.dropFirst(prompt.count + 1))
    }
}
