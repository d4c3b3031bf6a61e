#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
static inline WINDOW *cn_stdscr(void) { return stdscr; }
