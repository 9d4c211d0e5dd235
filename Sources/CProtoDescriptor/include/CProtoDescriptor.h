/* The protobuf-c code of google/protobuf/descriptor.proto, for cyphub-protogen to read descriptor sets. */
#ifndef CYPHUB_CPROTODESCRIPTOR_H
#define CYPHUB_CPROTODESCRIPTOR_H
#include "google/protobuf/descriptor.pb-c.h"
#endif
