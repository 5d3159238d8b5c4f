// Generated from the files in themes/ by ThemeShippedTests (ASHBY_UPDATE_THEMES=1); do not edit.
// Embedded so the binary works from any install location; a test checks they match byte for byte.

/// The themes that ship with ashby-tui, by name.
enum ShippedThemes {
    static let names = ["default", "light", "high-contrast", "monochrome"]

    static let texts: [String: String] = [
        "default": #"""
# ashby-tui theme: default (dark: light text on the terminal's dark background)
#
# One style per line:   style-name = fg:COLOUR bg:COLOUR attributes
#   COLOUR      default (the terminal's own colour); black red green yellow blue magenta
#               cyan white, bright-black ... bright-white; 0-255 (xterm's palette); #rrggbb
#   attributes  bold dim italic underline reverse standout
# A style without fg: or bg: takes that colour from 'normal'. Lines starting with # are
# comments; blank lines are fine. Colours the terminal cannot show become the nearest it
# can (#rrggbb -> 256 colours -> 16 -> 8); with NO_COLOR set, only attributes remain.
#
# Your own theme: save a file as $XDG_CONFIG_HOME/ashby-tui/themes/NAME (a file named
# like a shipped theme replaces it), write 'base = default' (or light, high-contrast,
# monochrome) and only the lines you change, then run: ashby-tui --theme NAME
# Errors are reported as file:line: message, and ashby-tui does not start with them.

# Text everywhere
normal = fg:default bg:default
dim = fg:245
heading = fg:255 bold
label = fg:244
value = fg:default
border = fg:240
placeholder = fg:242 italic
link = fg:75 underline
key = fg:179 bold
success = fg:114
warning = fg:221
error = fg:203 bold
info = fg:110
unsafe-placeholder = fg:16 bg:214

# Lists and cursors
selection = fg:255 bg:24 bold
selection-unfocused = fg:252 bg:238
marked = fg:220 bold
highlight = fg:255 bg:236
match = fg:220 underline

# Tabs and status bar
tab-bar = fg:250 bg:235
tab-active = fg:16 bg:75 bold
tab-inactive = fg:250 bg:235
status-bar = fg:250 bg:236
status-warning = fg:16 bg:221
status-error = fg:255 bg:160 bold
progress-done = fg:16 bg:75
progress-todo = fg:240 bg:236

# Pipeline
column-header = fg:252 bg:236 bold
column-header-focused = fg:16 bg:75 bold
card = fg:252
card-selected = fg:255 bg:24 bold
card-marked = fg:220 bold
card-highlighted = fg:255 bg:237
flag-scheduled = fg:75
flag-feedback-missing = fg:214 bold
flag-offer = fg:114 bold
stale-days = fg:203

# Feedback recommendations
strong-yes = fg:40 bold
yes = fg:114
neutral = fg:250
no = fg:209
strong-no = fg:196 bold

# Schedule
time-axis = fg:244
grid-line = fg:237
now-marker = fg:196 bold
lane-title = fg:252 bold
lane-title-mine = fg:75 bold
event = fg:255 bg:60
event-mine = fg:16 bg:110
event-selected = fg:16 bg:220 bold
conflict = fg:255 bg:124 bold

# Offers
approved = fg:114 bold
rejected = fg:203
pending-approval = fg:221
awaits-me = fg:16 bg:221 bold

# Dialogs, inputs and toasts
dialog = fg:252 bg:235
dialog-border = fg:75 bg:235
dialog-title = fg:255 bg:235 bold
button = fg:252 bg:238
button-focused = fg:16 bg:75 bold
input = fg:255 bg:238
input-cursor = fg:16 bg:252
toast-info = fg:16 bg:110
toast-success = fg:16 bg:114
toast-warning = fg:16 bg:221
toast-error = fg:255 bg:160 bold

"""#,
        "light": #"""
# ashby-tui theme: light (dark text on the terminal's light background)
#
# One style per line:   style-name = fg:COLOUR bg:COLOUR attributes
#   COLOUR      default (the terminal's own colour); black red green yellow blue magenta
#               cyan white, bright-black ... bright-white; 0-255 (xterm's palette); #rrggbb
#   attributes  bold dim italic underline reverse standout
# A style without fg: or bg: takes that colour from 'normal'. Lines starting with # are
# comments; blank lines are fine. Colours the terminal cannot show become the nearest it
# can (#rrggbb -> 256 colours -> 16 -> 8); with NO_COLOR set, only attributes remain.
#
# Your own theme: save a file as $XDG_CONFIG_HOME/ashby-tui/themes/NAME (a file named
# like a shipped theme replaces it), write 'base = default' (or light, high-contrast,
# monochrome) and only the lines you change, then run: ashby-tui --theme NAME
# Errors are reported as file:line: message, and ashby-tui does not start with them.

# Text everywhere
normal = fg:default bg:default
dim = fg:244
heading = fg:16 bold
label = fg:242
value = fg:default
border = fg:248
placeholder = fg:246 italic
link = fg:25 underline
key = fg:130 bold
success = fg:28
warning = fg:130
error = fg:160 bold
info = fg:25
unsafe-placeholder = fg:231 bg:166

# Lists and cursors
selection = fg:231 bg:25 bold
selection-unfocused = fg:16 bg:252
marked = fg:90 bold
highlight = fg:16 bg:254
match = fg:90 underline

# Tabs and status bar
tab-bar = fg:238 bg:253
tab-active = fg:231 bg:25 bold
tab-inactive = fg:238 bg:253
status-bar = fg:238 bg:253
status-warning = fg:16 bg:222
status-error = fg:231 bg:160 bold
progress-done = fg:231 bg:25
progress-todo = fg:246 bg:253

# Pipeline
column-header = fg:16 bg:253 bold
column-header-focused = fg:231 bg:25 bold
card = fg:236
card-selected = fg:231 bg:25 bold
card-marked = fg:90 bold
card-highlighted = fg:16 bg:254
flag-scheduled = fg:25
flag-feedback-missing = fg:166 bold
flag-offer = fg:28 bold
stale-days = fg:160

# Feedback recommendations
strong-yes = fg:22 bold
yes = fg:28
neutral = fg:242
no = fg:166
strong-no = fg:160 bold

# Schedule
time-axis = fg:242
grid-line = fg:252
now-marker = fg:160 bold
lane-title = fg:236 bold
lane-title-mine = fg:25 bold
event = fg:16 bg:153
event-mine = fg:231 bg:67
event-selected = fg:231 bg:25 bold
conflict = fg:231 bg:160 bold

# Offers
approved = fg:28 bold
rejected = fg:160
pending-approval = fg:130
awaits-me = fg:16 bg:222 bold

# Dialogs, inputs and toasts
dialog = fg:236 bg:255
dialog-border = fg:25 bg:255
dialog-title = fg:16 bg:255 bold
button = fg:236 bg:252
button-focused = fg:231 bg:25 bold
input = fg:16 bg:253
input-cursor = fg:231 bg:238
toast-info = fg:231 bg:67
toast-success = fg:231 bg:28
toast-warning = fg:16 bg:222
toast-error = fg:231 bg:160 bold

"""#,
        "high-contrast": #"""
# ashby-tui theme: high-contrast (the 16 palette colours at full strength on black)
#
# One style per line:   style-name = fg:COLOUR bg:COLOUR attributes
#   COLOUR      default (the terminal's own colour); black red green yellow blue magenta
#               cyan white, bright-black ... bright-white; 0-255 (xterm's palette); #rrggbb
#   attributes  bold dim italic underline reverse standout
# A style without fg: or bg: takes that colour from 'normal'. Lines starting with # are
# comments; blank lines are fine. Colours the terminal cannot show become the nearest it
# can (#rrggbb -> 256 colours -> 16 -> 8); with NO_COLOR set, only attributes remain.
#
# Your own theme: save a file as $XDG_CONFIG_HOME/ashby-tui/themes/NAME (a file named
# like a shipped theme replaces it), write 'base = default' (or light, high-contrast,
# monochrome) and only the lines you change, then run: ashby-tui --theme NAME
# Errors are reported as file:line: message, and ashby-tui does not start with them.

# Text everywhere
normal = fg:bright-white bg:black
dim = fg:white
heading = fg:bright-white bold underline
label = fg:bright-cyan
value = fg:bright-white
border = fg:white
placeholder = fg:white italic
link = fg:bright-cyan underline
key = fg:bright-yellow bold
success = fg:bright-green bold
warning = fg:bright-yellow bold
error = fg:bright-red bold underline
info = fg:bright-cyan bold
unsafe-placeholder = fg:black bg:bright-magenta

# Lists and cursors
selection = fg:black bg:bright-yellow bold
selection-unfocused = fg:black bg:white
marked = fg:bright-magenta bold
highlight = fg:black bg:bright-cyan
match = fg:bright-yellow bold underline

# Tabs and status bar
tab-bar = fg:bright-white bg:blue
tab-active = fg:black bg:bright-yellow bold
tab-inactive = fg:bright-white bg:blue
status-bar = fg:bright-white bg:blue
status-warning = fg:black bg:bright-yellow bold
status-error = fg:bright-white bg:red bold
progress-done = fg:black bg:bright-green
progress-todo = fg:white bg:black

# Pipeline
column-header = fg:bright-white bg:blue bold
column-header-focused = fg:black bg:bright-yellow bold
card = fg:bright-white
card-selected = fg:black bg:bright-yellow bold
card-marked = fg:bright-magenta bold underline
card-highlighted = fg:black bg:bright-cyan
flag-scheduled = fg:bright-cyan bold
flag-feedback-missing = fg:bright-yellow bold
flag-offer = fg:bright-green bold
stale-days = fg:bright-red bold

# Feedback recommendations
strong-yes = fg:black bg:bright-green bold
yes = fg:bright-green
neutral = fg:white
no = fg:bright-red
strong-no = fg:black bg:bright-red bold

# Schedule
time-axis = fg:white
grid-line = fg:white
now-marker = fg:bright-red bold
lane-title = fg:bright-white bold
lane-title-mine = fg:bright-yellow bold
event = fg:black bg:bright-cyan
event-mine = fg:black bg:bright-green
event-selected = fg:black bg:bright-yellow bold
conflict = fg:bright-white bg:red bold underline

# Offers
approved = fg:bright-green bold
rejected = fg:bright-red bold
pending-approval = fg:bright-yellow
awaits-me = fg:black bg:bright-yellow bold

# Dialogs, inputs and toasts
dialog = fg:bright-white bg:black
dialog-border = fg:bright-yellow bg:black bold
dialog-title = fg:bright-yellow bg:black bold
button = fg:bright-white bg:blue
button-focused = fg:black bg:bright-yellow bold
input = fg:bright-white bg:blue
input-cursor = fg:black bg:bright-white
toast-info = fg:black bg:bright-cyan
toast-success = fg:black bg:bright-green bold
toast-warning = fg:black bg:bright-yellow bold
toast-error = fg:bright-white bg:red bold

"""#,
        "monochrome": #"""
# ashby-tui theme: monochrome (no colours at all: every state shows through attributes)
#
# One style per line:   style-name = fg:COLOUR bg:COLOUR attributes
#   COLOUR      default (the terminal's own colour); black red green yellow blue magenta
#               cyan white, bright-black ... bright-white; 0-255 (xterm's palette); #rrggbb
#   attributes  bold dim italic underline reverse standout
# A style without fg: or bg: takes that colour from 'normal'. Lines starting with # are
# comments; blank lines are fine. Colours the terminal cannot show become the nearest it
# can (#rrggbb -> 256 colours -> 16 -> 8); with NO_COLOR set, only attributes remain.
#
# Your own theme: save a file as $XDG_CONFIG_HOME/ashby-tui/themes/NAME (a file named
# like a shipped theme replaces it), write 'base = default' (or light, high-contrast,
# monochrome) and only the lines you change, then run: ashby-tui --theme NAME
# Errors are reported as file:line: message, and ashby-tui does not start with them.
#
# Selection is reverse, headings bold, errors and conflicts bold + underline. With NO_COLOR,
# any theme borrows these attributes for the styles that its colours told apart.

# Text everywhere
normal = fg:default bg:default
dim = dim
heading = bold
label = dim
value = fg:default
border = dim
placeholder = dim italic
link = underline
key = bold
success = bold
warning = bold underline
error = bold underline
info = italic
unsafe-placeholder = reverse dim

# Lists and cursors
selection = reverse
selection-unfocused = underline
marked = bold
highlight = bold underline
match = underline

# Tabs and status bar
tab-bar = reverse
tab-active = bold
tab-inactive = reverse
status-bar = reverse
status-warning = reverse bold
status-error = reverse bold underline
progress-done = reverse
progress-todo = dim

# Pipeline
column-header = bold
column-header-focused = bold reverse
card = fg:default
card-selected = reverse bold
card-marked = bold
card-highlighted = underline
flag-scheduled = bold
flag-feedback-missing = bold underline
flag-offer = bold
stale-days = underline

# Feedback recommendations
strong-yes = bold
yes = fg:default
neutral = dim
no = underline
strong-no = bold underline

# Schedule
time-axis = dim
grid-line = dim
now-marker = bold reverse
lane-title = bold
lane-title-mine = bold underline
event = reverse
event-mine = reverse bold
event-selected = reverse bold underline
conflict = bold underline

# Offers
approved = bold
rejected = dim underline
pending-approval = fg:default
awaits-me = reverse bold

# Dialogs, inputs and toasts
dialog = fg:default
dialog-border = bold
dialog-title = bold underline
button = fg:default
button-focused = reverse
input = underline
input-cursor = reverse
toast-info = reverse
toast-success = reverse bold
toast-warning = reverse underline
toast-error = reverse bold underline

"""#,
    ]
}
