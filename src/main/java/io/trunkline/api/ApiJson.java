package io.trunkline.api;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * The API's JSON: snake_case names, ISO-8601 times, and an unknown field in a request is
 * an error rather than silently dropped. Only the API's own records (this package and
 * below) and problem details are read and written this way; anything else keeps Spring's
 * default JSON. (Not a converter bean itself: Spring Boot would put it in place of its
 * default.)
 */
final class ApiJson {

	static final String API_PACKAGE = "io.trunkline.api";

	private final Converter converter = new Converter();

	private final ObjectProvider<ErrorShape> shapes;

	/** The shapes are those of the paths that do not answer problem details. */
	ApiJson(ObjectProvider<ErrorShape> shapes) {
		this.shapes = shapes;
	}

	HttpMessageConverter<Object> converter() {
		return this.converter;
	}

	/**
	 * Writes a problem from a filter, where no controller advice runs: as a problem
	 * detail, or in the error shape that covers the request's path (its status and text
	 * kept; headers such as {@code Retry-After} are the caller's).
	 */
	void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
		Optional<ErrorShape> shape = this.shapes.orderedStream()
			.filter((candidate) -> candidate.covers(request.getRequestURI()))
			.findFirst();
		if (shape.isEmpty()) {
			response.setStatus(problem.getStatus());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.converter.getMapper().writeValue(response.getOutputStream(), problem);
			return;
		}
		HttpStatus status = HttpStatus.valueOf(problem.getStatus());
		ResponseEntity<Object> answer = shape.get()
			.answer(status, List.of((problem.getDetail() != null) ? problem.getDetail() : status.getReasonPhrase()));
		MediaType type = answer.getHeaders().getContentType();
		response.setStatus(answer.getStatusCode().value());
		response.setContentType(((type != null) ? type : MediaType.APPLICATION_JSON).toString());
		this.converter.getMapper().writeValue(response.getOutputStream(), answer.getBody());
	}

	private static final class Converter extends JacksonJsonHttpMessageConverter {

		Converter() {
			super(JsonMapper.builder()
				.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS));
		}

		@Override
		public boolean canRead(ResolvableType type, MediaType mediaType) {
			return isApiType(type.toClass()) && super.canRead(type, mediaType);
		}

		@Override
		public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
			return isApiType(valueClass) && super.canWrite(type, valueClass, mediaType);
		}

		private static boolean isApiType(Class<?> type) {
			return ProblemDetail.class.isAssignableFrom(type) || (type.getPackageName().equals(API_PACKAGE)
					|| type.getPackageName().startsWith(API_PACKAGE + "."));
		}

	}

}
