#ifndef CNCURSES_H
#define CNCURSES_H

// SwiftPM drops -D_XOPEN_SOURCE from system targets; without these the wide-character API
// (get_wch, setcchar, mvadd_wch) is not declared.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
#include <wchar.h>

// The one place that touches ncurses globals, macros and variadics: Swift 6 cannot import
// them safely, so each is wrapped in a function with a cn_ prefix.

/// Sets the locale from the environment, falling back to C.UTF-8 when that fails or is not
/// UTF-8 (zh_CN.UTF-8 is often not generated); returns 1 when the locale is UTF-8.
int cn_setup_locale(void);

/// Saves the terminal's settings before curses starts, for restoring on any exit.
void cn_save_terminal(void);

/// Restores the saved settings and leaves the alternate screen without curses (safe in a
/// signal handler).
void cn_restore_terminal(void);

/// Installs handlers: SIGINT, SIGTERM and SIGHUP set a flag the main loop reads; a crash
/// (SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE) restores the terminal and re-raises.
void cn_install_signal_handlers(void);

/// The signal that asked the program to stop (SIGINT, SIGTERM, SIGHUP), or 0.
int cn_pending_stop_signal(void);

/// The standard screen (a global Swift cannot read).
static inline WINDOW *cn_stdscr(void) { return stdscr; }
/// The terminal's height in lines.
static inline int cn_lines(void) { return LINES; }
/// The terminal's width in columns.
static inline int cn_cols(void) { return COLS; }
/// The attribute bit for bold (a macro).
static inline attr_t cn_attr_bold(void) { return A_BOLD; }
/// The attribute bit for reverse video (a macro).
static inline attr_t cn_attr_reverse(void) { return A_REVERSE; }
/// The attribute bit for underline (a macro).
static inline attr_t cn_attr_underline(void) { return A_UNDERLINE; }
/// The attribute bit for dim (a macro).
static inline attr_t cn_attr_dim(void) { return A_DIM; }
/// The code of function key n (KEY_F is a function-like macro).
static inline int cn_key_f(int n) { return KEY_F(n); }

/// Starts curses: raw keys, no echo, keypad decoding, a short Esc delay, the cursor hidden.
/// Returns 0, or -1 when the terminal cannot be used.
int cn_start(int escape_delay_ms);

/// Ends curses and restores the terminal.
void cn_stop(void);

/// Sets up `count` colour pairs from foreground/background arrays (-1 is the terminal's
/// default); returns 1 when the terminal has colours.
int cn_setup_colors(const short *foregrounds, const short *backgrounds, int count);

/// Writes one cell: a grapheme given as wide characters (at most 5), with attributes and a
/// colour pair, at row y and column x.
int cn_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attributes, short pair);

/// Reads one key with a timeout in milliseconds (-1 waits): returns the value of get_wch
/// (OK, KEY_CODE_YES or ERR) and stores the character or key code.
int cn_read_key(int timeout_ms, int *value);

/// Moves the real cursor to (y, x) and shows it, or hides it when y is negative, so that an
/// input method's candidate window follows the caret. Returns OK or ERR.
int cn_place_cursor(int y, int x);

/// Pushes the frame to the terminal. Returns OK or ERR.
int cn_refresh(void);

/// Clears the terminal on the next refresh (after a resize or a redraw request). Returns OK or
/// ERR.
int cn_clear(void);

/// The terminal's size after a resize, as the kernel reports it.
void cn_update_size(void);

/// The display width the C library gives a character under the current locale.
int cn_wcwidth(wchar_t c);

#endif
