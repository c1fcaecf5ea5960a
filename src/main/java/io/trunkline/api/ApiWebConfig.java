package io.trunkline.api;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the API's JSON converter ({@link ApiJson}) before Spring's default one.
 */
@Configuration
class ApiWebConfig implements WebMvcConfigurer {

	private final ApiJson json;

	ApiWebConfig(ApiJson json) {
		this.json = json;
	}

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.addCustomConverter(this.json.converter());
	}

}
