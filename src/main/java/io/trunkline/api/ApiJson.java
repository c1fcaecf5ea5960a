package io.trunkline.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

	HttpMessageConverter<Object> converter() {
		return this.converter;
	}

	/** Writes a problem from a filter, where no controller advice runs. */
	void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.converter.getMapper().writeValue(response.getOutputStream(), problem);
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
