#define _GNU_SOURCE
#include "CNCurses.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static struct termios saved_termios;
static int have_saved_termios = 0;
static volatile sig_atomic_t stop_signal = 0;

int cn_setup_locale(void) {
  const char *locale = setlocale(LC_ALL, "");
  if (locale == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
    if (setlocale(LC_ALL, "C.UTF-8") == NULL) {
      setlocale(LC_ALL, "C.utf8");
    }
  }
  return strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
}

void cn_save_terminal(void) {
  if (isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved_termios) == 0) {
    have_saved_termios = 1;
  }
}

void cn_restore_terminal(void) {
  // Leave the alternate screen, show the cursor, reset attributes, end bracketed paste.
  static const char reset[] = "\033[?2004l\033[0m\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  if (have_saved_termios) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  }
}

static void on_stop(int signal_number) {
  stop_signal = signal_number;
}

static void on_crash(int signal_number) {
  cn_restore_terminal();
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

void cn_install_signal_handlers(void) {
  struct sigaction stop;
  memset(&stop, 0, sizeof stop);
  stop.sa_handler = on_stop;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGINT, &stop, NULL);
  sigaction(SIGTERM, &stop, NULL);
  sigaction(SIGHUP, &stop, NULL);

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  crash.sa_handler = on_crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  int crashes[] = {SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE};
  for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
    sigaction(crashes[i], &crash, NULL);
  }
  // A write to a terminal that went away must not kill the program before it saves.
  signal(SIGPIPE, SIG_IGN);
  // A parent may have left these blocked; the program relies on them arriving.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGWINCH);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int cn_pending_stop_signal(void) {
  return stop_signal;
}

int cn_start(int escape_delay_ms) {
  if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
    return -1;
  }
  if (newterm(NULL, stdout, stdin) == NULL) {
    return -1;
  }
  set_escdelay(escape_delay_ms);
  raw();
  noecho();
  nonl();
  keypad(stdscr, TRUE);
  intrflush(stdscr, FALSE);
  curs_set(0);
  // Bracketed paste: a pasted text arrives between ESC[200~ and ESC[201~.
  static const char paste_on[] = "\033[?2004h";
  ssize_t ignored = write(STDOUT_FILENO, paste_on, sizeof paste_on - 1);
  (void)ignored;
  return 0;
}

void cn_stop(void) {
  static const char paste_off[] = "\033[?2004l";
  ssize_t ignored = write(STDOUT_FILENO, paste_off, sizeof paste_off - 1);
  (void)ignored;
  curs_set(1);
  endwin();
  if (have_saved_termios) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
  }
}

int cn_setup_colors(const short *foregrounds, const short *backgrounds, int count) {
  if (!has_colors()) {
    return 0;
  }
  start_color();
  use_default_colors();
  for (int i = 0; i < count && i + 1 < COLOR_PAIRS; i++) {
    init_pair((short)(i + 1), foregrounds[i], backgrounds[i]);
  }
  return 1;
}

int cn_put_cell(int y, int x, const wchar_t *chars, int count, attr_t attributes, short pair) {
  wchar_t text[6];
  int n = count > 5 ? 5 : count;
  for (int i = 0; i < n; i++) {
    text[i] = chars[i];
  }
  text[n] = L'\0';
  cchar_t cell;
  if (setcchar(&cell, text, attributes, pair, NULL) == ERR) {
    return ERR;
  }
  return mvadd_wch(y, x, &cell);
}

int cn_read_key(int timeout_ms, int *value) {
  wint_t key = 0;
  timeout(timeout_ms);
  int result = get_wch(&key);
  *value = (int)key;
  return result;
}

int cn_place_cursor(int y, int x) {
  if (y < 0) {
    // A terminal that cannot hide its cursor answers ERR; that is not a failure.
    curs_set(0);
    return OK;
  }
  int moved = move(y, x);
  curs_set(1);
  return moved;
}

int cn_refresh(void) {
  return refresh();
}

int cn_clear(void) {
  return clearok(stdscr, TRUE);
}

void cn_update_size(void) {
  struct winsize size;
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0) {
    resize_term(size.ws_row, size.ws_col);
  }
}

int cn_wcwidth(wchar_t c) {
  return wcwidth(c);
}
