#include <cblas.h>
// glibc allocator tuning (mallopt) for the engine's storage; not exported by Swift's Glibc module.
#include <malloc.h>
