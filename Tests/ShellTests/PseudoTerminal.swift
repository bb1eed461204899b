import Glibc

// glibc declares these only under _XOPEN_SOURCE/_GNU_SOURCE, which the Glibc module does not
// set; they are plain C functions, so they are declared here by name.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ descriptor: Int32) -> UnsafeMutablePointer<CChar>?
private let spawnNewSession: Int16 = 0x80  // POSIX_SPAWN_SETSID

/// Runs a program on a pseudo-terminal, as a user at a terminal would: it is the session
/// leader with the terminal as its controlling tty, so Ctrl-C sends SIGINT. Every wait has a
/// deadline; the child is killed when the value goes away.
final class PseudoTerminal {
    private let master: Int32
    private(set) var pid: pid_t = 0
    /// Everything the program wrote so far, as bytes: a read can end inside a multi-byte character, so
    /// decoding chunk by chunk would turn its halves into replacement characters.
    private var bytes: [UInt8] = []
    private var raw: String { String(decoding: bytes, as: UTF8.self) }

    /// What the program wrote, without the bracketed-paste switches (`ESC[?2004h`/`l`) that
    /// surround each prompt.
    var output: String {
        raw.replacing("\u{1B}[?2004h", with: "").replacing("\u{1B}[?2004l", with: "")
    }

    init?(executable: String, arguments: [String], environment: [String: String]) {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0,
              let name = ptsname(master) else { return nil }
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        // A new session, then opening the terminal makes it the controlling tty.
        // The test runner may block or ignore signals; the REPL must start as from a shell.
        var noSignals = sigset_t()
        var allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, spawnNewSession | Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        guard posix_spawn(&pid, executable, &actions, &attributes, argv, envp) == 0 else {
            close(master)
            return nil
        }
    }

    /// Types `text`. By default it first waits until the line editor has switched the terminal
    /// to raw mode: libedit shows the prompt a moment before that, and keys that arrive in
    /// between are echoed by the terminal as well (no person types that fast).
    func type(_ text: String, waitForEditor: Bool = true) {
        if waitForEditor { waitForRawMode() }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until the output after `from` characters contains `text`.
    @discardableResult
    func wait(for text: String, after from: Int = 0, seconds: Double = 10) -> Bool {
        let deadline = now() + seconds
        while now() < deadline {
            if String(output.dropFirst(from)).contains(text) { return true }
            if !readAvailable(milliseconds: 50) && !isRunning { break }
        }
        return String(output.dropFirst(from)).contains(text)
    }

    /// The exit status once the program ends, nil if it does not end in time.
    func waitForExit(seconds: Double = 10) -> Int32? {
        let deadline = now() + seconds
        while now() < deadline {
            _ = readAvailable(milliseconds: 20)
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                pid = 0
                return (status >> 8) & 0xff
            }
        }
        return nil
    }

    var mark: Int { output.count }

    private func waitForRawMode(seconds: Double = 5) {
        let deadline = now() + seconds
        var settings = termios()
        while now() < deadline {
            if tcgetattr(master, &settings) == 0 && settings.c_lflag & tcflag_t(ICANON) == 0 { return }
            _ = readAvailable(milliseconds: 5)
        }
    }

    private var isRunning: Bool { pid != 0 && kill(pid, 0) == 0 }

    private func readAvailable(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        bytes += buffer[0..<count]
        return true
    }

    private func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    deinit {
        if pid != 0 {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }
}
