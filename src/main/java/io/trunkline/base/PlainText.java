package io.trunkline.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The text holds no control character ({@link ControlCharacters}); {@code null} is valid.
 * Put it on every text property of a command or filter: forms show its message at the
 * field, and services validating with {@code @Valid} refuse the rest.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/**
	 * @return whether tabs and line breaks are allowed (descriptions, notes)
	 */
	boolean multiline() default false;

	String message() default "Remove control characters";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
