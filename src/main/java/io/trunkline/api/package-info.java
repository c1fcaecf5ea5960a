/**
 * The REST API under {@code /api/v1}: a stateless security chain that authenticates API
 * keys ({@link io.trunkline.apikey}), a per-key rate limit, {@code Idempotency-Key}
 * replays, RFC 9457 problem details from one advice, the OpenAPI document, and thin
 * controllers that call the features' services with request and response records of their
 * own (snake_case JSON, never entities, never secrets).
 */
package io.trunkline.api;
