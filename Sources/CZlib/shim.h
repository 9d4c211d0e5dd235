#ifndef CYPHUB_CZLIB_SHIM_H
#define CYPHUB_CZLIB_SHIM_H
#include <zlib.h>

/* deflateInit/inflateInit are macros that Swift cannot import. */
static inline int cyphub_deflateInit(z_streamp stream, int level) {
    return deflateInit(stream, level);
}
static inline int cyphub_inflateInit(z_streamp stream) {
    return inflateInit(stream);
}
#endif
