#ifndef FLINT_READLINE_SETTERS_H
#define FLINT_READLINE_SETTERS_H

#include <stdio.h>
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

// stdio's streams are mutable globals too.
static inline FILE *flint_stdout(void) { return stdout; }
static inline FILE *flint_stderr(void) { return stderr; }

#endif
