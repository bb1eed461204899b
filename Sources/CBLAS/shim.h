#include <cblas.h>
// glibc allocator tuning (mallopt) for the engine's storage; not exported by Swift's Glibc module.
#include <malloc.h>
// LAPACK routines OpenBLAS exports (Fortran calling convention: every argument by pointer).
void sgetrf_(const int *m, const int *n, float *a, const int *lda, int *ipiv, int *info);
void dgetrf_(const int *m, const int *n, double *a, const int *lda, int *ipiv, int *info);
void sgetrs_(const char *trans, const int *n, const int *nrhs, const float *a, const int *lda, const int *ipiv,
             float *b, const int *ldb, int *info);
void dgetrs_(const char *trans, const int *n, const int *nrhs, const double *a, const int *lda, const int *ipiv,
             double *b, const int *ldb, int *info);
