#ifndef FLINT_TERMINAL_SIZE_H
#define FLINT_TERMINAL_SIZE_H

#include <sys/ioctl.h>

// The width of the terminal on `descriptor` in columns, or 0 when it is not a terminal
// (ioctl is variadic, so Swift cannot call it itself).
static inline int flint_terminal_columns(int descriptor) {
    struct winsize size;
    if (ioctl(descriptor, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return 0;
}

#endif
