#ifndef CYPHUB_CBENCHZLIB_SHIM_H
#define CYPHUB_CBENCHZLIB_SHIM_H
/* Plain zlib for bulk-bench's side-by-side with the host's codec (CYPHub's own CZlib target is not a product). */
#include <zlib.h>

/* deflateInit is a macro that Swift cannot import. */
static inline int bench_deflateInit(z_streamp stream, int level) {
    return deflateInit(stream, level);
}
#endif
