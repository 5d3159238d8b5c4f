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
