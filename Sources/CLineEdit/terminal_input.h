#ifndef FLINT_TERMINAL_INPUT_H
#define FLINT_TERMINAL_INPUT_H

// The REPL's keyboard input, in C because a signal handler and libedit's input hook must be
// plain C functions.
//
// Swift emits these inline functions once per object file that uses them (per source file,
// and again wherever an optimised build inlines a caller), so their shared state must not be
// `static`: each variable is a weak definition, which the linker makes one for the program.

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>

// Ctrl-C: the handler only raises a flag (async-signal-safe); the REPL and the interpreter poll
// it. No SA_RESTART, so a blocking read returns and the prompt can start over.
__attribute__((weak)) volatile sig_atomic_t flint_interrupt_flag = 0;

// A second Ctrl-C before the first was noticed (the program is stuck in a long native call)
// ends the process, as the default action would.
static inline void flint_on_sigint(int signal_number) {
    if (flint_interrupt_flag) {
        signal(signal_number, SIG_DFL);
        raise(signal_number);
        return;
    }
    flint_interrupt_flag = 1;
}

static inline int flint_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = flint_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(SIGINT, &action, NULL);
}

static inline int flint_interrupt_pending(void) { return flint_interrupt_flag != 0; }
static inline void flint_clear_interrupt(void) { flint_interrupt_flag = 0; }

// Up to 8 bytes read ahead while looking for the paste marker, handed out again first
// (oldest in the low byte; scalars, because Swift's importer does not emit static arrays).
__attribute__((weak)) unsigned long flint_readahead = 0;
__attribute__((weak)) int flint_readahead_count = 0;

// A bracketed paste (the terminal wraps pasted text in ESC[200~ … ESC[201~), kept whole so
// the REPL can run it as one cell instead of line by line.
__attribute__((weak)) char *flint_paste = NULL;
__attribute__((weak)) size_t flint_paste_length = 0;
__attribute__((weak)) size_t flint_paste_capacity = 0;
__attribute__((weak)) int flint_paste_ready = 0;

enum { FLINT_END = -1, FLINT_TIMEOUT = -2 };

// The next byte, FLINT_END on Ctrl-C, end of input or error, FLINT_TIMEOUT when nothing came
// within timeout_ms (negative: wait for ever). Input is polled so the interrupt flag is seen
// within 100 ms even when the signal arrived while libedit was busy rather than in read().
static inline int flint_next_byte(int descriptor, int timeout_ms) {
    if (flint_readahead_count > 0) {
        int byte = (int)(flint_readahead & 0xFF);
        flint_readahead >>= 8;
        flint_readahead_count--;
        return byte;
    }
    int waited = 0;
    for (;;) {
        if (flint_interrupt_flag) return FLINT_END;
        int slice = (timeout_ms >= 0 && timeout_ms - waited < 100) ? timeout_ms - waited : 100;
        struct pollfd waiting = { descriptor, POLLIN, 0 };
        int ready = poll(&waiting, 1, slice);
        if (ready < 0 && errno != EINTR) return FLINT_END;
        if (ready <= 0) {
            waited += slice;
            if (timeout_ms >= 0 && waited >= timeout_ms) return FLINT_TIMEOUT;
            continue;
        }
        unsigned char byte;
        ssize_t count = read(descriptor, &byte, 1);
        if (count == 0) return FLINT_END;
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return FLINT_END;
        }
        return byte;
    }
}

static inline void flint_paste_append(unsigned char byte) {
    if (flint_paste_length + 1 >= flint_paste_capacity) {
        size_t capacity = flint_paste_capacity ? flint_paste_capacity * 2 : 4096;
        if (capacity > ((size_t)16 << 20)) return;  // a paste beyond 16 MiB is cut
        char *grown = realloc(flint_paste, capacity);
        if (grown == NULL) return;
        flint_paste = grown;
        flint_paste_capacity = capacity;
    }
    flint_paste[flint_paste_length++] = (char)byte;
}

static inline void flint_paste_clear(void) {
    flint_paste_ready = 0;
    flint_paste_length = 0;
}

// Reads pasted text up to the closing ESC[201~; 0 when complete.
static inline int flint_read_paste(int descriptor) {
    static const char end[] = "\033[201~";
    size_t matched = 0;
    flint_paste_length = 0;
    for (;;) {
        int byte = flint_next_byte(descriptor, -1);
        if (byte < 0) return -1;
        if (byte == end[matched]) {
            if (++matched == sizeof end - 1) {
                flint_paste_ready = 1;
                return 0;
            }
            continue;
        }
        for (size_t i = 0; i < matched; i++) flint_paste_append((unsigned char)end[i]);
        matched = byte == end[0] ? 1 : 0;
        if (!matched) flint_paste_append((unsigned char)byte);
    }
}

// libedit's input function. It returns one wide character (libedit stores the int as a
// wchar_t, so UTF-8 is decoded here), or -1 to end the line: readline then returns NULL.
// A bracketed paste is stored aside and ends the line with a newline.
static inline int flint_getc(FILE *stream) {
    int descriptor = fileno(stream);
    unsigned int codepoint = 0;
    int remaining = 0;
    for (;;) {
        int byte = flint_next_byte(descriptor, -1);
        if (byte < 0) return -1;
        if (byte == 0x1B && remaining == 0) {
            static const char start[] = "[200~";
            unsigned char seen[5];
            int count = 0;
            while (count < 5) {
                int next = flint_next_byte(descriptor, 50);
                if (next == FLINT_END) return -1;
                if (next == FLINT_TIMEOUT) break;
                seen[count++] = (unsigned char)next;
                if (next != start[count - 1]) break;
            }
            if (count == 5) return flint_read_paste(descriptor) == 0 ? '\n' : -1;
            for (int i = 0; i < count && flint_readahead_count < 8; i++) {
                flint_readahead |= (unsigned long)seen[i] << (8 * flint_readahead_count++);
            }
            return 0x1B;
        }
        if (remaining > 0 && (byte & 0xC0) == 0x80) {
            codepoint = (codepoint << 6) | ((unsigned int)byte & 0x3F);
            if (--remaining == 0) return (int)codepoint;
            continue;
        }
        // A new character (an invalid continuation drops the partial one).
        if (byte < 0x80) return byte;
        if ((byte & 0xE0) == 0xC0) { codepoint = byte & 0x1F; remaining = 1; }
        else if ((byte & 0xF0) == 0xE0) { codepoint = byte & 0x0F; remaining = 2; }
        else if ((byte & 0xF8) == 0xF0) { codepoint = byte & 0x07; remaining = 3; }
        else remaining = 0;
    }
}

// Must run before libedit initialises (using_history, read_history or readline). It also
// starts the read-ahead state afresh, which makes Swift's importer emit that state at all
// (it emits statics only for functions Swift calls directly).
static inline void flint_rl_use_polling_input(void) {
    flint_readahead = 0;
    flint_readahead_count = 0;
    flint_paste_clear();
    rl_catch_signals = 0;
    rl_getc_function = flint_getc;
}

// The paste that ended the last line, if any; the REPL copies it, then clears it.
static inline const char *flint_paste_text(size_t *length) {
    if (!flint_paste_ready) return NULL;
    *length = flint_paste_length;
    return flint_paste ? flint_paste : "";
}


#endif
