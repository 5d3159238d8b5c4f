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
#endif
