import Foundation
import Glibc

/// Runs a short-lived command and collects its output, through `posix_spawn` rather than
/// Foundation's `Process`: the child gets only stdin, stdout and stderr. `Process` hands the child
/// one end of a socket pair that tells the parent when it exited; `tmux new-session` forks a
/// server that keeps that end open, so `waitUntilExit` would wait for the server to die.
enum ChildProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    enum Failure: Error { case spawn(String, Int32) }

    static func run(_ argv: [String], environment: [String: String]? = nil) throws -> Result {
        var output: [Int32] = [0, 0], errors: [Int32] = [0, 0]
        guard pipe(&output) == 0, pipe(&errors) == 0 else { throw Failure.spawn(argv[0], errno) }
        for fd in output + errors { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        // Nothing else of this process (sockets of the sandbox server, other pipes) leaks into
        // the child, or into a tmux server it starts.
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

        let environmentList = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environmentList.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // A clean signal state: this thread's blocked signals and ignored dispositions would be
        // inherited through exec, and a tmux server that never sees SIGCHLD never notices a pane's
        // program has exited.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, &cArguments, &cEnvironment)
        close(output[1])
        close(errors[1])
        defer {
            close(output[0])
            close(errors[0])
        }
        guard spawned == 0 else { throw Failure.spawn(argv[0], spawned) }

        // Both pipes are drained together, so a child filling one cannot block on it.
        var stdoutData = Data(), stderrData = Data()
        var open: [(fd: Int32, isOutput: Bool)] = [(output[0], true), (errors[0], false)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            var stillOpen: [(fd: Int32, isOutput: Bool)] = []
            for (index, entry) in open.enumerated() {
                guard fds[index].revents != 0 else {
                    stillOpen.append(entry)
                    continue
                }
                let count = read(entry.fd, &buffer, buffer.count)
                if count > 0 {
                    if entry.isOutput { stdoutData.append(buffer, count: count) } else { stderrData.append(buffer, count: count) }
                    stillOpen.append(entry)
                } else if count < 0 && errno == EINTR {
                    stillOpen.append(entry)
                }
            }
            open = stillOpen
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                      stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// This process's open file descriptors (glibc ignores a close action on one closed since).
    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }
}
