#include "CVectorMath.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

/// Each loop is also compiled for AVX-512, picked at load time where the CPU has it (as
/// PyTorch's kernels are); lane-wise arithmetic gives the same bits at either width.
#define VECTOR_LOOP __attribute__((target_clones("avx512f", "default")))

static inline float from_bits(uint32_t b) { float f; memcpy(&f, &b, sizeof f); return f; }

static inline float sleef_expf(float d) {
    float q = rintf(d * 1.442695040888963407359924681001892137426645954152985934135449406931f);
    float s = fmaf(q, -0.693145751953125f, d);
    s = fmaf(q, -1.428606765330187045e-06f, s);
    float u = fmaf(0.000198527617612853646278381f, s, 0.00139304355252534151077271f);
    u = fmaf(u, s, 0.00833336077630519866943359f);
    u = fmaf(u, s, 0.0416664853692054748535156f);
    u = fmaf(u, s, 0.166666671633720397949219f);
    u = fmaf(u, s, 0.5f);
    u = 1.0f + fmaf(s * s, u, s);
    // SLEEF's ldexp2: 2^q in two exact halves, so a subnormal result is rounded once. Lanes
    // outside [-104, 100] are replaced below; clamping q keeps their exponents in range.
    int k = (int)fminf(fmaxf(q, -150.0f), 150.0f);
    int half = k >> 1;
    u = u * from_bits((uint32_t)(half + 127) << 23) * from_bits((uint32_t)(k - half + 127) << 23);
    u = d < -104.0f ? 0.0f : u;
    u = d > 100.0f ? INFINITY : u;
    return d != d ? d : u;
}

VECTOR_LOOP
void flint_sleef_expf(const float *x, float shift, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = sleef_expf(x[i] - shift);
}

VECTOR_LOOP
void flint_sleef_sigmoid(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = 1.0f / (sleef_expf(0.0f - x[i]) + 1.0f);
}

VECTOR_LOOP
void flint_sqrt(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = __builtin_sqrtf(x[i]);
}

VECTOR_LOOP
void flint_rsqrt(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = 1.0f / __builtin_sqrtf(x[i]);
}

VECTOR_LOOP
void flint_reciprocal(const float *x, float *y, long n) {
    for (long i = 0; i < n; i++) y[i] = 1.0f / x[i];
}

VECTOR_LOOP
int flint_extreme(const float *x, long n, int largest, float *out) {
    if (n < 8) return 0;
    // Eight independent lanes (vectorised as they stand), folded at the end: the order does
    // not matter once NaNs and zeros are ruled out.
    float acc[8];
    int nan = 0;
    for (int j = 0; j < 8; j++) acc[j] = x[j];
    long i = 8;
    for (; i + 8 <= n; i += 8) {
        for (int j = 0; j < 8; j++) {
            float v = x[i + j];
            nan |= v != v;
            acc[j] = largest ? (v > acc[j] ? v : acc[j]) : (v < acc[j] ? v : acc[j]);
        }
    }
    for (; i < n; i++) {
        float v = x[i];
        nan |= v != v;
        acc[0] = largest ? (v > acc[0] ? v : acc[0]) : (v < acc[0] ? v : acc[0]);
    }
    float best = acc[0];
    for (int j = 0; j < 8; j++) {
        nan |= acc[j] != acc[j];
        best = largest ? (acc[j] > best ? acc[j] : best) : (acc[j] < best ? acc[j] : best);
    }
    if (nan || best == 0.0f) return 0;
    *out = best;
    return 1;
}
