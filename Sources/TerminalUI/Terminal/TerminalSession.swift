import CNcursesw
import CTerminalShim
import Foundation
import Workspace

/// The terminal while the UI runs: the only owner of ncurses. Puts canvases on the screen
/// (sending only what changed), reads keys and mouse, and gives the terminal back on `close`,
/// on termination signals and on crashes. Every call must come from one thread.
///
/// Input mode is `raw()`: Ctrl-C, Ctrl-Z, Ctrl-S and Ctrl-Q arrive as keys (`ctrl+c`…) instead of
/// signals and flow control, so keymaps can bind them. Signals sent from outside still restore
/// the terminal: SIGTERM, SIGHUP and SIGINT set `terminationRequested` and wake `waitForInput`
/// so the app can save and exit through `close()`; a second one restores the terminal and ends
/// the process at once. Crash signals (SEGV, BUS, ILL, FPE, ABRT) restore the terminal and go on
/// to the previous handler (the Swift runtime's backtrace, or a core dump).
public final class TerminalSession {
    /// The smallest screen the panes are laid out for; the app loop checks it.
    public static let minimumSize = (width: 80, height: 24)

    /// True once SIGTERM, SIGHUP or SIGINT arrived, or the terminal went away: save, `close()`
    /// and exit.
    public static var terminationRequested: Bool { ashby_termination_signal() != 0 }

    /// The signal that asked for termination, if any (to exit with 128 + signal).
    public static var terminationSignal: Int32? {
        let signal = ashby_termination_signal()
        return signal == 0 ? nil : signal
    }

    public private(set) var theme: Theme
    /// What colours the terminal shows; the theme's colours are resolved for it.
    public let colorCapability: ColorCapability

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let inputDescriptor: Int32
    /// Written by signal handlers (termination, SIGWINCH) to wake `waitForInput`.
    private let signalPipe: (read: Int32, write: Int32)
    private let ownsSignals: Bool
    private var closeActions: [() -> Void] = []
    private var pairs: ColorPairTable
    private let defaultColorsAllowed: Bool
    private var renditions: [StyleName: StyleRendition] = [:]
    private var lastCanvas: Canvas?
    private var cursorShown = false
    private var isClosed = false

    /// Starts the UI on the process's terminal (standard input and output).
    public convenience init(theme: Theme) throws(TerminalError) {
        TerminalLocale.prepare()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let pipe = try Self.makeSignalPipe()
        ashby_restore_save_modes(STDOUT_FILENO)
        // Before newterm, so that ncurses does not install its own SIGINT/SIGTERM handlers.
        ashby_signals_install(pipe.write)
        use_tioctl(true)
        guard let screen = OpaquePointer(ashby_newterm_stdio()) else {
            ashby_signals_uninstall()
            Glibc.close(pipe.read)
            Glibc.close(pipe.write)
            throw .cannotStart(Self.unknownTerminalMessage(ProcessInfo.processInfo.environment["TERM"]))
        }
        self.init(screen: screen, input: STDIN_FILENO, theme: theme, signalPipe: pipe, ownsSignals: true)
        // After newterm: ncurses' SIGWINCH handler stays in charge, ours only also wakes the loop.
        ashby_signals_chain_winch()
        let reset = TerminalResetSequence.bytes(capabilities: Self.capabilities())
        reset.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ashby_restore_arm(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
        // Too small to start is exit code 5 with a message (shrinking later shows a notice instead).
        let size = self.size
        if size.width < Self.minimumSize.width || size.height < Self.minimumSize.height {
            close()
            throw .tooSmall(width: size.width, height: size.height)
        }
    }

    private init(screen: OpaquePointer, input: Int32, theme: Theme, signalPipe: (read: Int32, write: Int32), ownsSignals: Bool) {
        self.screen = screen
        self.inputDescriptor = input
        self.signalPipe = signalPipe
        self.ownsSignals = ownsSignals
        self.theme = theme
        set_term(screen)
        window = ashby_stdscr().assumingMemoryBound(to: WINDOW.self)
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        leaveok(window, true)
        mousemask(mmask_t(ashby_mouse_button1_pressed() | ashby_mouse_wheel_up() | ashby_mouse_wheel_down()), nil)
        mouseinterval(0)
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        defaultColorsAllowed = defaultColors
        colorCapability = ColorCapability.detect(hasColors: has_colors(), colors: Int(ashby_colors()))
        pairs = ColorPairTable(capacity: ashby_color_pairs())
        resolveTheme()
    }

    deinit { close() }

    // MARK: Drawing

    /// The screen size in cells, as ncurses knows it (updated when a resize is read).
    public var size: (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Puts `canvas` on the screen: copies the cells that differ from the last canvas into
    /// ncurses, places or hides the cursor, and lets ncurses send the minimal update.
    public func present(_ canvas: Canvas) {
        guard !isClosed else { return }
        set_term(screen)
        let previous = lastCanvas.flatMap { $0.width == canvas.width && $0.height == canvas.height ? $0 : nil }
        if let previous, previous == canvas { return }
        if previous == nil, lastCanvas != nil { clearok(window, true) }
        let size = self.size
        let rows = min(canvas.height, size.height), columns = min(canvas.width, size.width)
        for y in 0..<rows {
            var drawnThrough = -1
            for x in 0..<columns {
                let cell = canvas[x, y]
                if let previous, previous[x, y] == cell { continue }
                // A changed right half is redrawn through its left half.
                let start = cell.isContinuation && x > 0 ? x - 1 : x
                if start <= drawnThrough { continue }
                draw(canvas[start, y], x: start, y: y, columns: columns)
                drawnThrough = start + max(0, Int(canvas[start, y].width) - 1)
            }
        }
        if let cursor = canvas.cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            if !cursorShown { curs_set(1) }
            cursorShown = true
            leaveok(window, false)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            if cursorShown { curs_set(0) }
            cursorShown = false
            leaveok(window, true)
        }
        wnoutrefresh(window)
        doupdate()
        lastCanvas = canvas
    }

    private func draw(_ cell: Cell, x: Int, y: Int, columns: Int) {
        let rendition = renditions[cell.style] ?? StyleRendition(attributes: 0, pair: 0)
        // A wide character cut by the screen's edge would wrap: draw a blank instead.
        let fits = !cell.isContinuation && (cell.width < 2 || x + 1 < columns)
        var scalars = fits ? Array(cell.text.unicodeScalars.prefix(5)) : []
        if scalars.isEmpty { scalars = [" "] }
        // Cells normally come through `Canvas.write`, which already made the text safe; a cell put
        // directly must not carry a control either (ncurses would send C1 bytes as they are).
        var characters = scalars.map { wchar_t(bitPattern: Self.isPrintable($0) ? $0.value : 0xFFFD) }
        characters.append(0)
        var pair = rendition.pair
        var character = cchar_t()
        characters.withUnsafeBufferPointer { buffer in
            _ = setcchar(&character, buffer.baseAddress, rendition.attributes, Int16(truncatingIfNeeded: min(pair, Int32(Int16.max))), &pair)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    private static func isPrintable(_ scalar: UnicodeScalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return true }
        if scalar.value < 0xA0 { return false }
        return scalar.properties.generalCategory != .format
    }

    /// Forgets what the screen shows: the next `present` clears it and draws everything (Ctrl-L).
    public func invalidate() {
        guard !isClosed else { return }
        set_term(screen)
        clearok(window, true)
        lastCanvas = nil
    }

    /// Switches theme; the next `present` redraws every cell in the new styles.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        guard !isClosed else { return }
        set_term(screen)
        resolveTheme()
        lastCanvas = nil
    }

    private func resolveTheme() {
        let capability = colorCapability
        for name in StyleName.allCases {
            let style = theme.style(name)
            let key = ColorPairKey(
                foreground: ColorNumbers.number(for: style.foreground.resolved(for: capability), capability: capability,
                                                defaultAllowed: defaultColorsAllowed, isForeground: true),
                background: ColorNumbers.number(for: style.background.resolved(for: capability), capability: capability,
                                                defaultAllowed: defaultColorsAllowed, isForeground: false))
            let pair = capability == .none ? 0 : pairs.pair(for: key) { pair, key in
                init_extended_pair(pair, key.foreground, key.background) == OK
            }
            renditions[name] = StyleRendition(attributes: ColorNumbers.attributes(style.attributes), pair: pair)
        }
    }

    // MARK: Input

    /// Blocks until standard input may have input (true), `wakeDescriptor` is readable or the
    /// timeout passes (false). A signal (SIGWINCH, termination) counts as input: the next
    /// `readEvents` reports the resize, and `terminationRequested` tells of the rest.
    public func waitForInput(wakeDescriptor: Int32?, timeout: TimeInterval?) -> Bool {
        var descriptors = [
            pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe.read, events: Int16(POLLIN), revents: 0),
        ]
        if let wakeDescriptor { descriptors.append(pollfd(fd: wakeDescriptor, events: Int16(POLLIN), revents: 0)) }
        let milliseconds: Int32 = timeout.map { Int32(min(max(0, ($0 * 1000).rounded(.up)), Double(Int32.max))) } ?? -1
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        if ready < 0 { return errno == EINTR }
        if descriptors[1].revents != 0 {
            var bytes = [UInt8](repeating: 0, count: 64)
            while read(signalPipe.read, &bytes, bytes.count) > 0 {}
            return true
        }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            // The terminal is gone (no SIGHUP came, e.g. stdin closed): ask to exit, as SIGHUP
            // would, instead of polling a dead descriptor in a busy loop.
            ashby_termination_request(SIGHUP)
        }
        return descriptors[0].revents != 0
    }

    /// Everything the terminal has sent, decoded; reads until ncurses has nothing more.
    public func readEvents() -> [TerminalEvent] {
        guard !isClosed else { return [] }
        set_term(screen)
        wtimeout(window, 0)
        var inputs: [RawInput] = []
        var code: wint_t = 0
        while true {
            let status = wget_wch(window, &code)
            if status == ERR { break }
            if status == KEY_CODE_YES {
                let key = Int32(bitPattern: code)
                if key == KEY_RESIZE {
                    // The terminal may have reflowed the old picture: repaint everything.
                    clearok(window, true)
                    lastCanvas = nil
                    inputs.append(.resize(width: size.width, height: size.height))
                } else if key == KEY_MOUSE {
                    var event = MEVENT()
                    let mouse = getmouse(&event) == OK
                        ? MouseDecoding.event(buttonState: UInt32(event.bstate), x: Int(event.x), y: Int(event.y)) : nil
                    inputs.append(.mouse(mouse))
                } else {
                    let name = key > KEY_MAX ? keyname(key).map { String(cString: $0) } : nil
                    inputs.append(.keyCode(key, name: name))
                }
            } else {
                inputs.append(.character(UInt32(code)))
            }
        }
        return KeyDecoder.decode(inputs)
    }

    // MARK: Restore

    /// Gives the terminal back (attributes, cursor, mouse, keypad, shell screen and modes).
    /// Idempotent; also called on deinit.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        set_term(screen)
        if cursorShown { curs_set(1) }
        endwin()
        if ownsSignals {
            ashby_restore_disarm()
            ashby_signals_uninstall()
        }
        delscreen(screen)
        Glibc.close(signalPipe.read)
        Glibc.close(signalPipe.write)
        for action in closeActions { action() }
        closeActions = []
    }

    // MARK: Setup

    private static func makeSignalPipe() throws(TerminalError) -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard pipe(&descriptors) == 0 else { throw .cannotStart("cannot create a pipe: \(String(cString: strerror(errno)))") }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        return (descriptors[0], descriptors[1])
    }

    private static func unknownTerminalMessage(_ term: String?) -> String {
        guard let term, !term.isEmpty else { return "TERM is not set; set it to your terminal's type, e.g. TERM=xterm-256color" }
        return "TERM=\(term) is not a terminal type this system knows (no terminfo entry); "
            + "try TERM=xterm-256color, or install ncurses-term"
    }

    /// The current terminal's strings for the reset sequence.
    private static func capabilities() -> [String: String] {
        var values: [String: String] = [:]
        for name in TerminalResetSequence.capabilityNames {
            if let value = ashby_tigetstr(name) { values[name] = String(cString: value) }
        }
        return values
    }

    // MARK: Pseudo-terminal

    /// A session on a new pseudo-terminal of `width` x `height`, for tests and benchmarks:
    /// the output side counts and keeps what ncurses writes, and can type keys. TERM is `term`,
    /// else the environment's, else xterm-256color. No signal handlers are installed.
    public static func onPseudoTerminal(width: Int, height: Int, theme: Theme, term: String? = nil)
        throws(TerminalError) -> (TerminalSession, PseudoTerminalOutput) {
        TerminalLocale.prepare()
        let environmentTerm = ProcessInfo.processInfo.environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 }
        let termName = term ?? environmentTerm ?? "xterm-256color"
        let output = try PseudoTerminalOutput(width: width, height: height)
        let pipe = try makeSignalPipe()
        let inputCopy = dup(output.secondary), outputCopy = dup(output.secondary)
        guard let outputFile = fdopen(outputCopy, "w"), let inputFile = fdopen(inputCopy, "r") else {
            throw .cannotStart("cannot open the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        use_tioctl(true)
        guard let screen = newterm(termName, outputFile, inputFile) else {
            fclose(outputFile)
            fclose(inputFile)
            Glibc.close(pipe.read)
            Glibc.close(pipe.write)
            throw .cannotStart(unknownTerminalMessage(termName))
        }
        let session = TerminalSession(screen: screen, input: inputCopy, theme: theme, signalPipe: pipe, ownsSignals: false)
        session.closeActions.append {
            fclose(outputFile)
            fclose(inputFile)
        }
        return (session, output)
    }
}
