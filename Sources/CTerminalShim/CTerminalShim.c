#define _DEFAULT_SOURCE 1
#define _XOPEN_SOURCE 700
#define NCURSES_WIDECHAR 1
#include <wchar.h>
#include <ncurses.h>
#include "CTerminalShim.h"

int ashby_wcwidth(wchar_t character) { return wcwidth(character); }
unsigned int ashby_attr_bold(void) { return (unsigned int)A_BOLD; }
unsigned int ashby_attr_reverse(void) { return (unsigned int)A_REVERSE; }
unsigned int ashby_attr_underline(void) { return (unsigned int)A_UNDERLINE; }
unsigned int ashby_attr_dim(void) { return (unsigned int)A_DIM; }
unsigned int ashby_attr_italic(void) { return (unsigned int)A_ITALIC; }
unsigned int ashby_attr_standout(void) { return (unsigned int)A_STANDOUT; }
unsigned int ashby_color_pair(int pair) { return (unsigned int)COLOR_PAIR(pair); }

#include <errno.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

void *ashby_stdscr(void) { return stdscr; }
int ashby_colors(void) { return COLORS; }
int ashby_color_pairs(void) { return COLOR_PAIRS; }
const char *ashby_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
void *ashby_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

unsigned int ashby_mouse_button1_pressed(void) { return (unsigned int)BUTTON1_PRESSED; }
unsigned int ashby_mouse_button1_clicked(void) { return (unsigned int)BUTTON1_CLICKED; }
unsigned int ashby_mouse_wheel_up(void) { return (unsigned int)BUTTON4_PRESSED; }
unsigned int ashby_mouse_wheel_down(void) { return (unsigned int)BUTTON5_PRESSED; }

int ashby_openpty(int *primary, int *secondary, int rows, int columns) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    return openpty(primary, secondary, NULL, NULL, &size);
}
int ashby_set_window_size(int fd, int rows, int columns) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    return ioctl(fd, TIOCSWINSZ, &size);
}

// --- Restoring the terminal from signal handlers: only async-signal-safe calls below. ---

static volatile sig_atomic_t restore_armed = 0;
static int restore_fd = -1;
static char restore_bytes[1024];
static size_t restore_length = 0;
static struct termios restore_modes;
static int restore_has_modes = 0;

static volatile sig_atomic_t termination_signal = 0;
static int wake_fd = -1;
static struct sigaction previous_actions[NSIG];
static int installed[NSIG];
static char alternate_stack[64 * 1024];

void ashby_restore_save_modes(int fd) {
    restore_armed = 0;
    restore_has_modes = tcgetattr(fd, &restore_modes) == 0;
}

void ashby_restore_arm(int fd, const char *bytes, size_t length) {
    restore_armed = 0;
    restore_fd = fd;
    restore_length = length < sizeof restore_bytes ? length : sizeof restore_bytes;
    memcpy(restore_bytes, bytes, restore_length);
    restore_armed = 1;
}

void ashby_restore_disarm(void) { restore_armed = 0; }

static void restore_terminal(void) {
    if (!restore_armed) return;
    restore_armed = 0;
    const char *next = restore_bytes;
    size_t left = restore_length;
    while (left > 0) {
        ssize_t written = write(restore_fd, next, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            break;
        }
        next += written;
        left -= (size_t)written;
    }
    if (restore_has_modes) tcsetattr(restore_fd, TCSANOW, &restore_modes);
}

static void on_termination(int signal) {
    int saved_errno = errno;
    if (termination_signal != 0) {
        // Asked twice: the program did not stop in time, so restore and end it now.
        restore_terminal();
        sigaction(signal, &previous_actions[signal], NULL);
        raise(signal); // blocked until this handler returns, then delivered with the previous action
    } else {
        termination_signal = signal;
        if (wake_fd >= 0) {
            char byte = 't';
            (void)!write(wake_fd, &byte, 1);
        }
    }
    errno = saved_errno;
}

static void on_crash(int signal, siginfo_t *info, void *context) {
    (void)context;
    restore_terminal();
    sigaction(signal, &previous_actions[signal], NULL);
    // A fault returns to the faulting instruction, which faults again into the previous handler
    // (the Swift runtime's backtracer, or the default core dump). A sent signal is sent again.
    if (info == NULL || info->si_code <= 0) raise(signal);
}

static void on_window_change(int signal, siginfo_t *info, void *context) {
    int saved_errno = errno;
    struct sigaction *previous = &previous_actions[SIGWINCH];
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
        previous->sa_handler(signal);
    }
    if (wake_fd >= 0) {
        char byte = 'w';
        (void)!write(wake_fd, &byte, 1);
    }
    errno = saved_errno;
}

static void install(int signal, void (*handler)(int), void (*info_handler)(int, siginfo_t *, void *), int respect_ignore) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    if (info_handler != NULL) {
        action.sa_sigaction = info_handler;
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    } else {
        action.sa_handler = handler;
        action.sa_flags = SA_RESTART;
    }
    struct sigaction previous;
    if (sigaction(signal, NULL, &previous) != 0) return;
    // `nohup` ignores SIGHUP on purpose: keep it ignored.
    if (respect_ignore && previous.sa_handler == SIG_IGN && !(previous.sa_flags & SA_SIGINFO)) return;
    if (sigaction(signal, &action, &previous_actions[signal]) == 0) installed[signal] = 1;
}

int ashby_signals_install(int wake) {
    if (installed[SIGTERM] || installed[SIGSEGV]) return -1;
    wake_fd = wake;
    termination_signal = 0;
    // Crash handlers need a stack of their own when the crash is a stack overflow.
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = { .ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0 };
        sigaltstack(&stack, NULL);
    }
    install(SIGTERM, on_termination, NULL, 1);
    install(SIGHUP, on_termination, NULL, 1);
    install(SIGINT, on_termination, NULL, 1);
    const int crashes[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT };
    for (size_t index = 0; index < sizeof crashes / sizeof crashes[0]; index++) install(crashes[index], NULL, on_crash, 0);
    return 0;
}

void ashby_signals_chain_winch(void) {
    if (!installed[SIGWINCH]) install(SIGWINCH, NULL, on_window_change, 0);
}

void ashby_signals_uninstall(void) {
    for (int signal = 1; signal < NSIG; signal++) {
        if (!installed[signal]) continue;
        sigaction(signal, &previous_actions[signal], NULL);
        installed[signal] = 0;
    }
    wake_fd = -1;
}

int ashby_termination_signal(void) { return termination_signal; }
void ashby_termination_request(int signal) { if (termination_signal == 0) termination_signal = signal; }
int ashby_signal_handler_installed(int signal) { return signal > 0 && signal < NSIG && installed[signal]; }
