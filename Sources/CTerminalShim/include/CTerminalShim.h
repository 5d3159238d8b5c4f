#ifndef ASHBY_CTERMINALSHIM_H
#define ASHBY_CTERMINALSHIM_H
#include <stddef.h>
#include <wchar.h>

// wcwidth() needs _XOPEN_SOURCE, which must stay out of module headers (PITFALLS.md).
int ashby_wcwidth(wchar_t character);

// ncurses attribute macros are casts and do not import into Swift.
unsigned int ashby_attr_bold(void);
unsigned int ashby_attr_reverse(void);
unsigned int ashby_attr_underline(void);
unsigned int ashby_attr_dim(void);
unsigned int ashby_attr_italic(void);
unsigned int ashby_attr_standout(void);
unsigned int ashby_color_pair(int pair);

// Screens, windows and globals that Swift 6 cannot read safely or that are macros.
void *ashby_stdscr(void);
int ashby_colors(void);
int ashby_color_pairs(void);
// The string capability `name` of the current terminal, or NULL when it has none.
const char *ashby_tigetstr(const char *name);
// newterm(NULL, stdout, stdin): the real terminal, TERM from the environment.
void *ashby_newterm_stdio(void);

// Mouse masks (macros).
unsigned int ashby_mouse_button1_pressed(void);
unsigned int ashby_mouse_button1_clicked(void);
unsigned int ashby_mouse_wheel_up(void);
unsigned int ashby_mouse_wheel_down(void);

// A pseudo-terminal of `columns` x `rows`; 0 on success.
int ashby_openpty(int *primary, int *secondary, int rows, int columns);
int ashby_set_window_size(int fd, int rows, int columns);

// Terminal restore from signal handlers (async-signal-safe; see TerminalSignals.swift).
// Saves the tty modes of `fd` (the shell's, before ncurses changes them).
void ashby_restore_save_modes(int fd);
// Arms the restore: on a signal, `bytes` are written to `fd` and the saved modes are set back.
void ashby_restore_arm(int fd, const char *bytes, size_t length);
void ashby_restore_disarm(void);
// Installs handlers: SIGTERM, SIGHUP, SIGINT set the termination flag and write a byte to
// `wake_fd` (a second one restores the terminal and ends the process); crash signals restore
// the terminal and go on to the previous handler. Returns 0, or -1 when already installed.
int ashby_signals_install(int wake_fd);
// Puts a handler in front of the current SIGWINCH handler (ncurses') that also writes to wake_fd.
void ashby_signals_chain_winch(void);
void ashby_signals_uninstall(void);
int ashby_termination_signal(void);
// Sets the termination flag as if `signal` had arrived (the terminal went away without SIGHUP).
void ashby_termination_request(int signal);
// For tests: whether a handler of ours is installed for `signal`.
int ashby_signal_handler_installed(int signal);
#endif
