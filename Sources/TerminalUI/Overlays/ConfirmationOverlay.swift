import Workspace

/// The question before a write: its title, the lines naming exactly what will change (candidate,
/// job, stage, offer version, approval step), and two buttons, the focused one marked ▶ ◀ so it
/// reads without colour. Destructive dialogs get a warning frame (and start on Cancel).
public enum ConfirmationOverlay {
    public static func draw(_ dialog: Confirmation, in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 2, 72)
        guard width >= 24, area.height >= 7 else { return }
        let textWidth = width - 4
        let title = TerminalText.wrapped(dialog.title, toWidth: textWidth, maxLines: 2)
        // Frame (2), a blank row before the title, after it and after the body, and the buttons: 6 + the title.
        let bodyRoom = max(1, area.height - 6 - title.count)
        var body: [[Glyph]] = []
        for line in dialog.lines {
            body += TerminalText.wrapped(line, toWidth: textWidth, maxLines: 3)
        }
        if body.count > bodyRoom {
            body = Array(body.prefix(bodyRoom - 1)) + [TerminalText.truncated("… \(body.count - bodyRoom + 1) more lines", toWidth: textWidth)]
        }
        let height = min(area.height, title.count + body.count + 6)
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let inside = OverlayFrame.draw(rect, title: dialog.isDestructive ? "⚠ Confirm" : "Confirm", hint: "y yes · n no · Tab switch",
                                       border: dialog.isDestructive ? .error : .dialogBorder, on: &canvas)
        var y = inside.y + 1
        for line in title {
            canvas.write(line, x: inside.x, y: y, style: dialog.isDestructive ? .error : .heading)
            y += 1
        }
        y += 1
        for line in body {
            canvas.write(line, x: inside.x, y: y, style: .dialog)
            y += 1
        }
        drawButtons(dialog, y: inside.maxY - 1, in: inside, on: &canvas)
    }

    /// `[▶ Approve step ◀]   [  Cancel  ]`, centred; each button clickable.
    static func drawButtons(_ dialog: Confirmation, y: Int, in inside: Rect, on canvas: inout Canvas) {
        drawButtons(confirm: dialog.confirmLabel, cancel: dialog.cancelLabel, focus: dialog.focus, isDestructive: dialog.isDestructive,
                    y: y, in: inside, on: &canvas)
    }

    /// A dialog's two buttons, the focused one (if any) marked ▶ ◀ so it reads without colour;
    /// clickable as `.dialogButton`. Shared by every dialog that confirms or cancels.
    static func drawButtons(confirm confirmText: String, cancel cancelText: String, focus: Confirmation.Button?,
                            isDestructive: Bool = false, y: Int, in inside: Rect, on canvas: inout Canvas) {
        func label(_ text: String, focused: Bool) -> String { focused ? "[▶ \(text) ◀]" : "[  \(text)  ]" }
        let confirm = label(confirmText, focused: focus == .confirm)
        let cancel = label(cancelText, focused: focus == .cancel)
        let gap = 3
        let confirmWidth = min(TerminalText.width(of: confirm), inside.width / 2 + 4)
        let cancelWidth = min(TerminalText.width(of: cancel), inside.width - confirmWidth - gap)
        var x = inside.x + max(0, (inside.width - confirmWidth - gap - cancelWidth) / 2)
        let confirmStyle: StyleName = focus == .confirm ? .buttonFocused : isDestructive ? .error : .button
        canvas.write(confirm, x: x, y: y, maxWidth: confirmWidth, style: confirmStyle)
        canvas.addHitRegion(Rect(x: x, y: y, width: confirmWidth, height: 1), .dialogButton(.confirm))
        x += confirmWidth + gap
        canvas.write(cancel, x: x, y: y, maxWidth: cancelWidth, style: focus == .cancel ? .buttonFocused : .button)
        canvas.addHitRegion(Rect(x: x, y: y, width: cancelWidth, height: 1), .dialogButton(.cancel))
    }
}
