#ifndef CVECTORMATH_H
#define CVECTORMATH_H

/// Float32 loops of PyTorch's vectorised CPU kernels, written as plain C loops that clang
/// vectorises (Swift's SIMD types lower lane by lane here). Results are bit-identical to the
/// scalar definitions: lane-wise arithmetic, explicit fused multiply-adds, no contraction.

/// y[i] = SLEEF's expf(x[i] - shift) (sleefsimdsp.c xexpf, u10).
void flint_sleef_expf(const float *x, float shift, float *y, long n);
/// y[i] = 1 / (SLEEF's expf(0 - x[i]) + 1), ATen's vectorised sigmoid.
void flint_sleef_sigmoid(const float *x, float *y, long n);
/// y[i] = sqrt(x[i]), 1 / sqrt(x[i]) or 1 / x[i], correctly rounded.
void flint_sqrt(const float *x, float *y, long n);
void flint_rsqrt(const float *x, float *y, long n);
void flint_reciprocal(const float *x, float *y, long n);
/// The largest (largest != 0) or smallest of n floats into *out; 0 when a NaN or a zero
/// would be the answer (which one depends on the order met), so the caller scans instead.
int flint_extreme(const float *x, long n, int largest, float *out);

#endif
