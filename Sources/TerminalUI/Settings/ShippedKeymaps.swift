// The shipped keymaps besides `Keymap.defaultText`, byte for byte the files in `keymaps/`
// (a test compares them), so the binary works wherever it is installed.
enum ShippedKeymaps {
    static let vim = #"""
        # ashby-tui vim keymap: hjkl, gg/G, ctrl+d/ctrl+u, gt/gT between panes, ZZ to quit.
        # Use it with --keymap vim (or `keymap = vim` in the config file). Copy it to
        # $XDG_CONFIG_HOME/ashby-tui/keymaps/vim to change it there.

        [global]
        q          = quit
        Z Z        = quit
        ctrl+c     = quit
        ctrl+l     = redraw
        ctrl+r     = refresh
        f5         = refresh
        ?          = help
        :          = palette
        /          = filter
        tab        = pane.next
        shift+tab  = pane.previous
        g t        = pane.next
        g T        = pane.previous
        1          = pane pipeline
        2          = pane candidate
        3          = pane schedule
        4          = pane feedback
        5          = pane offers
        k          = cursor.up
        up         = cursor.up
        j          = cursor.down
        down       = cursor.down
        h          = cursor.left
        left       = cursor.left
        l          = cursor.right
        right      = cursor.right
        ctrl+u     = cursor.page-up
        ctrl+b     = cursor.page-up
        pgup       = cursor.page-up
        ctrl+d     = cursor.page-down
        ctrl+f     = cursor.page-down
        pgdn       = cursor.page-down
        g g        = cursor.top
        home       = cursor.top
        G          = cursor.bottom
        end        = cursor.bottom
        enter      = select
        esc        = cancel
        alt+x      = toasts.dismiss

        [pipeline]
        >          = pipeline.next-stage
        <          = pipeline.previous-stage
        m          = pipeline.move-to
        d d        = pipeline.archive
        a          = pipeline.archive
        space      = pipeline.mark
        v          = pipeline.mark
        V          = pipeline.mark-column
        u          = pipeline.clear-marks
        s          = pipeline.sort
        J          = pipeline.job
        i          = pipeline.job-info
        c          = candidate.open

        [candidate]
        n          = candidate.add-note
        o          = candidate.add-note
        }          = candidate.next-section
        {          = candidate.previous-section

        [schedule]
        >          = schedule.later
        <          = schedule.earlier
        t          = schedule.today
        w          = schedule.week
        M          = schedule.mine
        L          = schedule.lanes
        J          = schedule.job
        I          = schedule.interviewer
        C          = schedule.clear-filters
        c          = candidate.open

        [feedback]
        o          = feedback.overdue
        c          = candidate.open

        [offers]
        a          = offers.approve-step
        A          = offers.approve-offer
        c          = candidate.open

        """#

    static let emacs = #"""
        # ashby-tui emacs keymap: ctrl+n/ctrl+p/ctrl+f/ctrl+b to move, ctrl+v/alt+v to page,
        # alt+< and alt+> for the ends, ctrl+s to filter, alt+x for the palette, ctrl+g to cancel,
        # ctrl+x o for the next pane, ctrl+x ctrl+c to quit.
        # Use it with --keymap emacs (or `keymap = emacs` in the config file).

        [global]
        ctrl+x ctrl+c = quit
        q          = quit
        ctrl+c     = quit
        ctrl+l     = redraw
        ctrl+r     = refresh
        f5         = refresh
        ?          = help
        f1         = help
        alt+x      = palette
        :          = palette
        ctrl+s     = filter
        /          = filter
        tab        = pane.next
        shift+tab  = pane.previous
        ctrl+x o   = pane.next
        ctrl+x O   = pane.previous
        1          = pane pipeline
        2          = pane candidate
        3          = pane schedule
        4          = pane feedback
        5          = pane offers
        ctrl+p     = cursor.up
        up         = cursor.up
        ctrl+n     = cursor.down
        down       = cursor.down
        ctrl+b     = cursor.left
        left       = cursor.left
        ctrl+f     = cursor.right
        right      = cursor.right
        alt+v      = cursor.page-up
        pgup       = cursor.page-up
        ctrl+v     = cursor.page-down
        pgdn       = cursor.page-down
        alt+<      = cursor.top
        home       = cursor.top
        alt+>      = cursor.bottom
        end        = cursor.bottom
        enter      = select
        ctrl+g     = cancel
        esc        = cancel
        ctrl+x k   = toasts.dismiss

        [pipeline]
        >          = pipeline.next-stage
        <          = pipeline.previous-stage
        m          = pipeline.move-to
        a          = pipeline.archive
        space      = pipeline.mark
        V          = pipeline.mark-column
        u          = pipeline.clear-marks
        s          = pipeline.sort
        J          = pipeline.job
        i          = pipeline.job-info
        c          = candidate.open

        [candidate]
        n          = candidate.add-note
        alt+}      = candidate.next-section
        alt+{      = candidate.previous-section
        }          = candidate.next-section
        {          = candidate.previous-section

        [schedule]
        >          = schedule.later
        <          = schedule.earlier
        t          = schedule.today
        w          = schedule.week
        M          = schedule.mine
        L          = schedule.lanes
        J          = schedule.job
        I          = schedule.interviewer
        C          = schedule.clear-filters
        c          = candidate.open

        [feedback]
        o          = feedback.overdue
        c          = candidate.open

        [offers]
        a          = offers.approve-step
        A          = offers.approve-offer
        c          = candidate.open

        """#
}
