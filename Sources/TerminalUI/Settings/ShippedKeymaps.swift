// The shipped keymaps besides `Keymap.defaultText`, byte for byte the files in `keymaps/`
// (a test compares them), so the binary works wherever it is installed.
enum ShippedKeymaps {
    static let vim = #"""
        # ashby-tui vim keymap: the default keymap (arrows, h/j/k/l, g g, G) plus vim habits —
        # ctrl+d/ctrl+u to page, g t/g T between panes, Z Z to quit, d d to archive, v to mark,
        # o to add a note. Use it with --keymap vim (or `keymap = vim` in the config file).

        base = default

        [global]
        Z Z        = quit
        g t        = pane.next
        g T        = pane.previous
        ctrl+u     = cursor.page-up
        ctrl+d     = cursor.page-down

        [pipeline]
        d d        = pipeline.archive
        v          = pipeline.mark

        [candidate]
        o          = candidate.add-note

        """#

    static let emacs = #"""
        # ashby-tui emacs keymap: the default keymap with emacs motion instead of h/j/k/l —
        # ctrl+n/ctrl+p/ctrl+f/ctrl+b to move, ctrl+v/alt+v to page, alt+< and alt+> for the ends,
        # ctrl+s to filter, alt+x for the palette, ctrl+g to cancel, ctrl+x o for the next pane,
        # ctrl+x ctrl+c to quit. Use it with --keymap emacs (or `keymap = emacs` in the config file).

        base = default

        [global]
        ctrl+x ctrl+c = quit
        f1         = help
        alt+x      = palette
        ctrl+s     = filter
        ctrl+x o   = pane.next
        ctrl+x O   = pane.previous
        ctrl+p     = cursor.up
        ctrl+n     = cursor.down
        ctrl+b     = cursor.left
        ctrl+f     = cursor.right
        alt+v      = cursor.page-up
        ctrl+v     = cursor.page-down
        alt+<      = cursor.top
        alt+>      = cursor.bottom
        ctrl+g     = cancel
        ctrl+x k   = toasts.dismiss
        h          = none
        j          = none
        k          = none
        l          = none
        g g        = none
        G          = none

        [candidate]
        alt+}      = candidate.next-section
        alt+{      = candidate.previous-section

        """#
}
