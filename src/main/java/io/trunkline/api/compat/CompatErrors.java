package io.trunkline.api.compat;

import java.util.List;
import java.util.Map;

import io.trunkline.api.BodyTooLargeException;
import io.trunkline.api.ErrorShape;
import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.NotFoundException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * One platform's error answers: its own refusals, the services' errors (field names
 * translated into the platform's), roles, and anything unexpected, each in the shape the
 * platform documents. A subclass is the {@code @RestControllerAdvice} of its controller,
 * ordered before the native API's problem details, and the {@link ErrorShape} of its
 * paths, in which the API's filters answer (401, 413, 429).
 */
abstract class CompatErrors implements ErrorShape {

	private static final Logger log = LoggerFactory.getLogger(CompatErrors.class);

	/** The platform's error body with this status and these messages. */
	@Override
	public abstract ResponseEntity<Object> answer(HttpStatus status, List<String> messages);

	/** The path under which the platform's endpoint lives. */
	abstract String base();

	@Override
	public boolean covers(String path) {
		return path.startsWith(base() + "/");
	}

	/** Trunkline's field names (of the services' errors) to the platform's. */
	abstract Map<String, String> fieldNames();

	/** The platform's answer to a number that exists already in the organization. */
	abstract ResponseEntity<Object> duplicate();

	@ExceptionHandler(CompatException.class)
	ResponseEntity<Object> refused(CompatException ex) {
		return answer(ex.status(), ex.messages());
	}

	/** A chunked body over the API's limit is 413, as one whose length said so. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Object> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getMostSpecificCause() instanceof BodyTooLargeException tooLarge) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, List.of(tooLarge.getMessage()));
		}
		return answer(HttpStatus.BAD_REQUEST, List.of("The request body could not be read"));
	}

	@ExceptionHandler(FieldException.class)
	ResponseEntity<Object> invalid(FieldException ex) {
		if (CompatImports.isDuplicate(ex)) {
			return duplicate();
		}
		return answer(HttpStatus.BAD_REQUEST, ex.getErrors().stream().map(this::message).toList());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraint(ConstraintViolationException ex) {
		return answer(HttpStatus.BAD_REQUEST, ex.getConstraintViolations().stream().map((violation) -> {
			String path = violation.getPropertyPath().toString();
			String field = path.substring(path.lastIndexOf('.') + 1);
			return fieldNames().getOrDefault(field, field) + ": " + violation.getMessage();
		}).sorted().toList());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, List.of(ex.getMessage()));
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	ResponseEntity<Object> concurrent(ConcurrentChangeException ex) {
		return answer(HttpStatus.CONFLICT, List.of("Changed meanwhile: try again"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, List.of("This API key may not do this"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> other(Exception ex) {
		if (ex instanceof ErrorResponse spring) {
			HttpStatusCode code = spring.getStatusCode();
			HttpStatus status = HttpStatus.resolve(code.value());
			return answer((status != null) ? status : HttpStatus.BAD_REQUEST,
					List.of((status != null) ? status.getReasonPhrase() : "Request refused"));
		}
		log.error("Migration endpoint failed: {}", ex.getClass().getName(), ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, List.of("An unexpected server error occurred"));
	}

	private String message(FieldError error) {
		String field = fieldNames().getOrDefault(error.field(), error.field());
		return field + ": " + error.message();
	}

}
