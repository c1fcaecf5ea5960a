package io.trunkline.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.trunkline.base.ConcurrentChangeException;
import io.trunkline.base.FieldError;
import io.trunkline.base.FieldException;
import io.trunkline.base.InUseException;
import io.trunkline.base.NotFoundException;
import io.trunkline.phonenumber.NumberErrors;
import io.trunkline.phonenumber.NumberPresentException;
import io.trunkline.trunk.health.CheckTooSoonException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns exceptions into the API's problem details, each with a stable
 * {@code code}. Messages are the services' own (written for people, never holding a
 * secret); an unexpected exception is logged and answered without its text. It applies to
 * every Spring MVC request, which here are only the API's (the console is Vaadin's), so
 * that a path no controller serves is a problem detail too.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InUseException.class)
	ProblemDetail inUse(InUseException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, ex.getCode(), ex.getMessage());
		problem.setProperty("used_by", ex.getUsers());
		return problem;
	}

	/** A number the organization has already: 409 with the existing number's id. */
	@ExceptionHandler(NumberPresentException.class)
	ProblemDetail numberPresent(NumberPresentException ex) {
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, NumberErrors.NUMBER_ALREADY_PRESENT, ex.getMessage());
		problem.setProperty("existing_id", ex.getExistingId());
		problem.setProperty("errors", errors(ex.getErrors()));
		return problem;
	}

	@ExceptionHandler(PreconditionFailedException.class)
	ProblemDetail preconditionFailed(PreconditionFailedException ex) {
		return Problems.of(HttpStatus.PRECONDITION_FAILED, "version_mismatch", ex.getMessage());
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return Problems.of(HttpStatus.BAD_REQUEST, ex.code(), ex.getMessage());
	}

	@ExceptionHandler(ReportGoneException.class)
	ProblemDetail reportGone(ReportGoneException ex) {
		return Problems.of(HttpStatus.GONE, "report_not_kept", ex.getMessage());
	}

	@ExceptionHandler(VersionRequiredException.class)
	ProblemDetail versionRequired(VersionRequiredException ex) {
		return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "version_required", ex.getMessage());
	}

	/** "Check now" again within the cooldown: 429 with Retry-After, as the rate limit. */
	@ExceptionHandler(CheckTooSoonException.class)
	ResponseEntity<ProblemDetail> checkTooSoon(CheckTooSoonException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, "check_too_soon", ex.getMessage()));
	}

	@ExceptionHandler(FieldException.class)
	ProblemDetail fieldErrors(FieldException ex) {
		return invalid(ex.getErrors());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolations(ConstraintViolationException ex) {
		return invalid(ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldError(lastNode(violation.getPropertyPath().toString()), "invalid_value",
					violation.getMessage()))
			.toList());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "not_found", ex.getMessage());
	}

	@ExceptionHandler(ConcurrentChangeException.class)
	ProblemDetail concurrentChange(ConcurrentChangeException ex) {
		return Problems.of(HttpStatus.CONFLICT, "concurrent_change", ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This API key's role may not do this.");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail notForKeys(AuthenticationException ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "This is not available to API keys.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected error in an API request", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"Something went wrong on the server. It has been logged.");
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof BodyTooLargeException tooLarge) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(BodyLimitFilter.tooLarge(tooLarge.maxBytes()));
		}
		ProblemDetail problem;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "unknown_field",
					"The request has a field this operation does not know: " + unknown.getPropertyName());
			problem.setProperty("fields", List.of(unknown.getPropertyName()));
		}
		else {
			problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed_json",
					"The request body is not JSON of the expected shape.");
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.unprocessableContent()
			.body(invalid(ex.getFieldErrors()
				.stream()
				.map((error) -> new FieldError(error.getField(), "invalid_value",
						String.valueOf(error.getDefaultMessage())))
				.toList()));
	}

	/** Every other Spring MVC exception keeps its status and gets a code from it. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> entity = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (entity != null && entity.getBody() instanceof ProblemDetail problem && problem.getProperties() == null) {
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			problem.setProperty(Problems.CODE,
					(status != null) ? status.name().toLowerCase(java.util.Locale.ROOT) : "error");
		}
		return entity;
	}

	private static ProblemDetail invalid(List<FieldError> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
				errors.get(0).message());
		problem.setProperty("errors", errors(errors));
		return problem;
	}

	private static List<Map<String, String>> errors(List<FieldError> errors) {
		return errors.stream()
			.map((error) -> Map.of("field", error.field(), "code", error.code(), "message", error.message()))
			.toList();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

}
