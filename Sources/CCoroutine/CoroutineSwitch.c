// The context switch and the layout of a fresh stack, for x86-64 (System V) and AArch64.
// A context is a stack pointer; the registers a callee must preserve are pushed below it.

#include "CCoroutine.h"
#include <stdint.h>

#if defined(__APPLE__)
#define SYMBOL(name) "_" #name
#define FUNCTION_TYPE(name) ""
#define FUNCTION_SIZE(name) ""
#else
#define SYMBOL(name) #name
#define FUNCTION_TYPE(name) ".type " #name ",@function\n"
#define FUNCTION_SIZE(name) ".size " #name ",.-" #name "\n"
#endif

void flint_coroutine_start(void);

#if defined(__x86_64__)

// Saved below the return address: rbp, rbx, r12-r15, then MXCSR and the x87 control word
// (both callee-saved in the System V ABI).
__asm__(
    ".text\n"
    ".globl " SYMBOL(flint_coroutine_switch) "\n"
    FUNCTION_TYPE(flint_coroutine_switch)
    ".p2align 4\n"
    SYMBOL(flint_coroutine_switch) ":\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    FUNCTION_SIZE(flint_coroutine_switch)
    // The first switch to a fresh stack returns here with the entry in r13, its argument in r12.
    ".globl " SYMBOL(flint_coroutine_start) "\n"
    FUNCTION_TYPE(flint_coroutine_start)
    ".p2align 4\n"
    SYMBOL(flint_coroutine_start) ":\n"
    "    movq %r12, %rdi\n"
    "    callq *%r13\n"
    "    ud2\n"
    FUNCTION_SIZE(flint_coroutine_start)
);

void *flint_coroutine_prepare(void *top, flint_coroutine_entry entry, void *argument) {
    uint64_t *s = (uint64_t *)(((uintptr_t)top & ~(uintptr_t)15) - 16);
    s[-1] = (uint64_t)(uintptr_t)flint_coroutine_start; // return address of the first switch
    s[-2] = 0;                                          // rbp: the end of frame-pointer chains
    s[-3] = 0;                                          // rbx
    s[-4] = (uint64_t)(uintptr_t)argument;              // r12
    s[-5] = (uint64_t)(uintptr_t)entry;                 // r13
    s[-6] = 0;                                          // r14
    s[-7] = 0;                                          // r15
    uint32_t *control = (uint32_t *)(s - 8);
    __asm__ volatile("stmxcsr %0" : "=m"(control[0]));
    __asm__ volatile("fnstcw %0" : "=m"(control[1]));
    return s - 8;
}

#elif defined(__aarch64__)

// Saved in a 160-byte block: x19-x28, fp, lr, d8-d15.
__asm__(
    ".text\n"
    ".globl " SYMBOL(flint_coroutine_switch) "\n"
    FUNCTION_TYPE(flint_coroutine_switch)
    ".p2align 4\n"
    SYMBOL(flint_coroutine_switch) ":\n"
    "    sub sp, sp, #160\n"
    "    stp x19, x20, [sp, #0]\n"
    "    stp x21, x22, [sp, #16]\n"
    "    stp x23, x24, [sp, #32]\n"
    "    stp x25, x26, [sp, #48]\n"
    "    stp x27, x28, [sp, #64]\n"
    "    stp x29, x30, [sp, #80]\n"
    "    stp d8, d9, [sp, #96]\n"
    "    stp d10, d11, [sp, #112]\n"
    "    stp d12, d13, [sp, #128]\n"
    "    stp d14, d15, [sp, #144]\n"
    "    mov x2, sp\n"
    "    str x2, [x0]\n"
    "    mov sp, x1\n"
    "    ldp x19, x20, [sp, #0]\n"
    "    ldp x21, x22, [sp, #16]\n"
    "    ldp x23, x24, [sp, #32]\n"
    "    ldp x25, x26, [sp, #48]\n"
    "    ldp x27, x28, [sp, #64]\n"
    "    ldp x29, x30, [sp, #80]\n"
    "    ldp d8, d9, [sp, #96]\n"
    "    ldp d10, d11, [sp, #112]\n"
    "    ldp d12, d13, [sp, #128]\n"
    "    ldp d14, d15, [sp, #144]\n"
    "    add sp, sp, #160\n"
    "    ret\n"
    FUNCTION_SIZE(flint_coroutine_switch)
    // The first switch to a fresh stack returns here with the argument in x19, the entry in x20.
    ".globl " SYMBOL(flint_coroutine_start) "\n"
    FUNCTION_TYPE(flint_coroutine_start)
    ".p2align 4\n"
    SYMBOL(flint_coroutine_start) ":\n"
    "    mov x0, x19\n"
    "    blr x20\n"
    "    brk #0\n"
    FUNCTION_SIZE(flint_coroutine_start)
);

void *flint_coroutine_prepare(void *top, flint_coroutine_entry entry, void *argument) {
    uint64_t *s = (uint64_t *)((((uintptr_t)top & ~(uintptr_t)15) - 16) - 160);
    for (int k = 0; k < 20; k++) s[k] = 0;
    s[0] = (uint64_t)(uintptr_t)argument;              // x19
    s[1] = (uint64_t)(uintptr_t)entry;                 // x20
    s[11] = (uint64_t)(uintptr_t)flint_coroutine_start; // x30: where the first switch returns
    return s;
}

#else
#error "generators need a context switch for this architecture (see CoroutineSwitch.c)"
#endif
