#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>

// Swift 6 rejects libedit's mutable globals as not concurrency-safe, so the Shell sets them
// through these setters. The shell touches them from its one REPL thread only.

static inline void flint_rl_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}

static inline void flint_rl_set_word_breaks(char *characters) {
    rl_completer_word_break_characters = characters;
    rl_basic_word_break_characters = characters;
}

static inline void flint_rl_set_append_character(int character) {
    rl_completion_append_character = character;
}

static inline void flint_rl_set_attempted_completion_over(int over) {
    rl_attempted_completion_over = over;
}

static inline void flint_rl_set_readline_name(const char *name) {
    rl_readline_name = name;
}

static inline const char *flint_rl_line_buffer(void) {
    return rl_line_buffer;
}

static inline int flint_history_length(void) {
    return history_length;
}

static inline int flint_history_base(void) {
    return history_base;
}

// Ctrl-C: the handler only raises a flag (async-signal-safe); the REPL and the interpreter poll
// it. No SA_RESTART, so a blocking read inside readline returns and the prompt can start over.
// Swift emits these inline functions (and this static) once per Swift source file that uses
// them, so exactly one Swift file (Shell/REPL/Interrupt.swift) may call the functions below.
static volatile sig_atomic_t flint_interrupt_flag = 0;

static inline void flint_on_sigint(int signal_number) {
    (void)signal_number;
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

static inline int flint_interrupt_pending(void) {
    return flint_interrupt_flag != 0;
}

static inline void flint_clear_interrupt(void) {
    flint_interrupt_flag = 0;
}

// libedit's input function for the REPL. A Ctrl-C that arrives while libedit is busy (not
// blocked in read) would otherwise leave it waiting for the next key, so input is polled and
// the flag checked at least every 100 ms; -1 ends the line and readline returns NULL.
// libedit stores the returned int as one wide character, so UTF-8 is decoded here.
static inline int flint_getc(FILE *stream) {
    int descriptor = fileno(stream);
    unsigned int codepoint = 0;
    int remaining = 0;
    for (;;) {
        if (flint_interrupt_flag) return -1;
        struct pollfd waiting = { descriptor, POLLIN, 0 };
        int ready = poll(&waiting, 1, 100);
        if (ready < 0 && errno != EINTR) return -1;
        if (ready <= 0) continue;
        unsigned char byte;
        ssize_t count = read(descriptor, &byte, 1);
        if (count == 0) return -1;
        if (count < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return -1;
        }
        if (remaining > 0 && (byte & 0xC0) == 0x80) {
            codepoint = (codepoint << 6) | (byte & 0x3F);
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

// Must run before libedit initialises (using_history, read_history or readline).
static inline void flint_rl_use_polling_input(void) {
    rl_catch_signals = 0;
    rl_getc_function = flint_getc;
}

// stdio's streams are mutable globals too.
static inline FILE *flint_stdout(void) { return stdout; }
static inline FILE *flint_stderr(void) { return stderr; }
