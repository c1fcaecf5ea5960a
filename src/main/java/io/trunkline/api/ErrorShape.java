package io.trunkline.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The error answer of a group of API paths that is not the native problem detail: each
 * migration endpoint answers in its platform's own shape. The API's filters (401, 413,
 * 429, idempotency refusals) write their problems through {@link ApiJson}, which hands
 * status and text to the shape covering the request's path; the native paths, covered by
 * none, keep their problem details.
 */
public interface ErrorShape {

	/** Whether requests to this path (the request URI) answer in this shape. */
	boolean covers(String path);

	/** The error answer with this status and these messages, in this shape. */
	ResponseEntity<Object> answer(HttpStatus status, List<String> messages);

}
