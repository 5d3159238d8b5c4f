#ifndef ASHBY_CNCURSESW_SHIM_H
#define ASHBY_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D flags; without this the wide-character API is missing.
// Feature macros (_XOPEN_SOURCE) must not be defined here: see PITFALLS.md.
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#endif
