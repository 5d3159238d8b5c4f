extension Keymap {
    /// The shipped bindings, in the keymap text format (`Keymap.parse`); a user keymap is laid over them.
    public static let defaultText = """
        # ashby-tui default keymap. Copy to $XDG_CONFIG_HOME/ashby-tui/keymap to change it;
        # a user keymap only needs the lines it changes ("keys = none" removes a binding).

        [global]
        q          = quit
        ctrl+c     = quit
        ctrl+l     = redraw
        ctrl+r     = refresh
        f5         = refresh
        ?          = help
        :          = palette
        ctrl+p     = palette
        /          = filter
        tab        = pane.next
        shift+tab  = pane.previous
        1          = pane pipeline
        2          = pane candidate
        3          = pane schedule
        4          = pane feedback
        5          = pane offers
        up         = cursor.up
        k          = cursor.up
        down       = cursor.down
        j          = cursor.down
        left       = cursor.left
        h          = cursor.left
        right      = cursor.right
        l          = cursor.right
        pgup       = cursor.page-up
        ctrl+b     = cursor.page-up
        pgdn       = cursor.page-down
        ctrl+f     = cursor.page-down
        home       = cursor.top
        g g        = cursor.top
        end        = cursor.bottom
        G          = cursor.bottom
        enter      = select
        esc        = cancel
        alt+x      = toasts.dismiss

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
        s          = feedback.write

        [feedback]
        o          = feedback.overdue
        c          = candidate.open
        s          = feedback.write

        [offers]
        a          = offers.approve-step
        A          = offers.approve-offer
        c          = candidate.open
        """

    /// The shipped keymap (`defaultText`, parsed).
    public static let standard: Keymap = {
        do {
            return try Keymap.parse(defaultText, file: "default keymap")
        } catch {
            // The shipped text is covered by tests; reaching this is a programming error.
            fatalError("default keymap does not parse:\n\(error)")
        }
    }()
}
