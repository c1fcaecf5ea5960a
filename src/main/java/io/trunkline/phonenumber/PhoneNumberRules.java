package io.trunkline.phonenumber;

import java.util.ArrayList;
import java.util.List;

import io.trunkline.base.FieldError;
import io.trunkline.trunk.SipTrunk;
import io.trunkline.trunk.TwilioIntegration;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * What the form's path adds to {@link NumberChecker}: the rules that need the stored
 * numbers, and the writing of a checked draft onto the entity.
 */
@Component
class PhoneNumberRules {

	private final PhoneNumberRepository numbers;

	private final EntityManager entityManager;

	PhoneNumberRules(PhoneNumberRepository numbers, EntityManager entityManager) {
		this.numbers = numbers;
		this.entityManager = entityManager;
	}

	/**
	 * The number is unique in the organization, and fallbacks are one level deep.
	 * @param id the number's own id, {@code null} for a new one
	 * @return the errors of the checked input, followed by these
	 */
	List<FieldError> stored(long organizationId, Long id, NumberCheck check) {
		List<FieldError> errors = new ArrayList<>(check.errors());
		if (check.normalized() == null) {
			return errors;
		}
		String number = check.normalized().e164();
		if (this.numbers.existsByOrganizationIdAndNumberAndIdNot(organizationId, number, (id != null) ? id : -1L)) {
			errors.add(0, new FieldError("number", NumberErrors.NUMBER_ALREADY_PRESENT, PhoneNumberService.DUPLICATE));
		}
		String fallback = (check.draft() != null) ? check.draft().fallbackNumber() : null;
		if (fallback == null) {
			return errors;
		}
		if (this.numbers.existsByOrganizationIdAndNumberAndFallbackNumberIsNotNull(organizationId, fallback)) {
			errors.add(new FieldError("fallbackNumber", NumberErrors.FALLBACK_HAS_FALLBACK,
					"That number has a fallback of its own: choose one without a fallback"));
		}
		else if (this.numbers.existsByOrganizationIdAndFallbackNumber(organizationId, number)) {
			errors.add(new FieldError("fallbackNumber", NumberErrors.FALLBACK_TARGET,
					"Other numbers fall back to this one, so it cannot have a fallback of its own"));
		}
		return errors;
	}

	void write(PhoneNumber entity, NumberDraft draft) {
		entity.write(draft,
				(draft.sipTrunkId() != null) ? this.entityManager.getReference(SipTrunk.class, draft.sipTrunkId())
						: null,
				(draft.twilioIntegrationId() != null)
						? this.entityManager.getReference(TwilioIntegration.class, draft.twilioIntegrationId()) : null);
	}

}
