// Stack switching for generators: each generator body runs on a stack of its own and is
// suspended at `yield` by saving the callee-saved registers and the stack pointer.
// Swift cannot express the switch itself (it must not touch the stack it is leaving), so it is
// a few lines of assembly per architecture.

#ifndef FLINT_CCOROUTINE_H
#define FLINT_CCOROUTINE_H

/// The first function run on a fresh stack; it must never return (switch away instead).
typedef void (*flint_coroutine_entry)(void *_Nullable argument);

/// Lays out a fresh stack whose top (highest address) is `top` so that the first switch to the
/// returned context calls `entry(argument)`.
void *_Nonnull flint_coroutine_prepare(void *_Nonnull top, flint_coroutine_entry _Nonnull entry,
                                       void *_Nullable argument);

/// Saves the running context into `*from` and continues the context `to` (as saved by an
/// earlier switch or made by flint_coroutine_prepare). Returns when something switches back.
void flint_coroutine_switch(void *_Nullable *_Nonnull from, void *_Nonnull to);

#endif
