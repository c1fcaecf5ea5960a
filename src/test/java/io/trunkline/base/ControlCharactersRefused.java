package io.trunkline.base;

import jakarta.validation.ConstraintViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every feature's test asserts: a call with a control character is refused by the
 * {@link PlainText} rule at the named property, with a message a person can act on.
 */
public final class ControlCharactersRefused {

	/** A NUL in the middle of ordinary text. */
	public static final String NUL = "Acme\u0000Corp";

	private ControlCharactersRefused() {
	}

	public static void at(String property, ThrowingCallable call) {
		assertThatThrownBy(call).isInstanceOf(ConstraintViolationException.class);
		ConstraintViolationException refused = catchThrowableOfType(ConstraintViolationException.class, call);
		assertThat(refused.getConstraintViolations())
			.filteredOn((violation) -> violation.getMessage().startsWith("Remove the control character"))
			.singleElement()
			.satisfies((violation) -> {
				assertThat(violation.getPropertyPath().toString()).endsWith("." + property);
				assertThat(violation.getMessage()).matches("Remove the control character U\\+0000 at position \\d+");
			});
	}

}
