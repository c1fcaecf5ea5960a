/**
 * Migration endpoints under {@code /api/compat/<platform>/}: each accepts one platform's
 * own import request, unchanged, checks that platform's stricter rules (formats, lengths,
 * defaults), maps it onto the same services as the console and the native API, and
 * answers in that platform's documented shape, errors included. The mapping, field by
 * field, is in {@code docs/API-COMPAT.md}.
 */
package io.trunkline.api.compat;
