package io.trunkline.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a service that deliberately carries no {@code @PreAuthorize},
 * such as a framework callback that runs before anyone is signed in. The architecture
 * test requires every other public service method to check its caller, and requires a
 * reason here.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface NoCallerCheck {

	/**
	 * @return why the method needs no caller check, for the next reader
	 */
	String value();

}
