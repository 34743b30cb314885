#ifndef BUDGET_ETL_CSHA256_H
#define BUDGET_ETL_CSHA256_H
#include <stddef.h>
#include <stdint.h>

/// 1 when the CPU has the SHA extensions (and SSSE3, SSE4.1) that budget_sha256_ni needs.
int budget_sha256_has_ni(void);

/// SHA-256 compression of `blocks` 64-byte blocks at `data` into `state` (8 words, FIPS 180-4
/// order), with the x86 SHA extensions. Call only when budget_sha256_has_ni() is 1.
void budget_sha256_ni(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
