import Workspace

/// What the terminal reports: a key, a mouse action, or a new size.
public enum TerminalEvent: Sendable, Equatable {
    case key(KeyChord)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}

/// A mouse action at a cell (column `x`, row `y`, from 0).
public enum MouseEvent: Sendable, Equatable {
    case click(x: Int, y: Int)
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
}

/// One result of ncurses' `wget_wch`, before decoding.
public enum RawInput: Sendable, Equatable {
    /// A character (`OK`): its code point, control characters included.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES`), with ncurses' `keyname` for codes beyond `KEY_MAX`
    /// (xterm's modified keys such as `kUP5` for ctrl+up).
    case keyCode(Int32, name: String?)
    /// `KEY_MOUSE`, already read with `getmouse` (nil for buttons we do not use).
    case mouse(MouseEvent?)
    /// `KEY_RESIZE`, with the new size.
    case resize(width: Int, height: Int)
}
