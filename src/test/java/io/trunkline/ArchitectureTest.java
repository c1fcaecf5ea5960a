package io.trunkline;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.trunkline.base.NoCallerCheck;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of ../STYLE.md: package by feature, ui above services above domain,
 * repositories only behind services, no cycles between features.
 */
class ArchitectureTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.trunkline");
	}

	@Test
	void features_do_not_depend_on_each_other_in_cycles() {
		slices().matching("io.trunkline.(*)..")
			.should()
			.beFreeOfCycles()
			.ignoreDependency(JavaClass.Predicates.resideInAPackage("io.trunkline.base.ui.."),
					DescribedPredicate.alwaysTrue())
			.check(classes);
	}

	@Test
	void only_views_depend_on_views() {
		noClasses().that()
			.resideOutsideOfPackage("io.trunkline..ui..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.trunkline..ui..")
			.check(classes);
	}

	@Test
	void repositories_are_used_only_by_services_and_their_own_package() {
		classes().that()
			.areAssignableTo(Repository.class)
			.should()
			.onlyHaveDependentClassesThat()
			.resideInAnyPackage("io.trunkline.(*)", "io.trunkline.trunk.health")
			.andShould()
			.notBePublic()
			.check(classes);
	}

	@Test
	void views_never_touch_repositories_or_entities_managers() {
		noClasses().that()
			.resideInAPackage("..ui..")
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.persistence.EntityManager")
			.check(classes);
	}

	// security.crypto is part of security (STYLE.md) and holds the key rotation service;
	// trunk.health is part of trunk and holds the trunk checks' service.
	@Test
	void services_live_in_a_feature_root_package() {
		classes().that()
			.areAnnotatedWith(Service.class)
			.should()
			.resideInAnyPackage("io.trunkline.(*)", "io.trunkline.security.crypto", "io.trunkline.trunk.health")
			.check(classes);
	}

	// The service is the security boundary (STYLE.md): a public method without a caller
	// check is a way around it, unless it says why it needs none.
	@Test
	void every_public_service_method_checks_its_caller_or_says_why_not() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Service.class)
			.and()
			.arePublic()
			.and()
			.doNotHaveModifier(JavaModifier.SYNTHETIC)
			.and()
			.doNotHaveModifier(JavaModifier.BRIDGE)
			.should(checkTheirCallerOrSayWhyNot())
			.check(classes);
	}

	private static ArchCondition<JavaMethod> checkTheirCallerOrSayWhyNot() {
		return new ArchCondition<>("carry @PreAuthorize or @NoCallerCheck with a reason") {
			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isAnnotatedWith(PreAuthorize.class);
				boolean exempt = method.tryGetAnnotationOfType(NoCallerCheck.class)
					.map((exemption) -> !exemption.value().isBlank())
					.orElse(false);
				if (!guarded && !exempt) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " has neither @PreAuthorize nor @NoCallerCheck(\"why\")"));
				}
			}
		};
	}

	// A feature's tables are its own (issue #12): another feature asks the owner through
	// an interface (agent.AgentUsage, trunk.CarrierUsage) instead of its repository or
	// entity. A JPA association from one feature's entity to another's is the one
	// exception: the mapping itself, not a use.
	@Test
	void repositories_and_entities_are_used_only_inside_their_feature() {
		classes().that()
			.areAssignableTo(Repository.class)
			.or()
			.areAnnotatedWith(Entity.class)
			.should(beUsedOnlyInsideTheirFeature())
			.check(classes);
	}

	// Known, to go: the number's association to its trunk or integration entity is read
	// and set by these two (PhoneNumber maps sip_trunk_id and twilio_integration_id as
	// entities). They go when the number rules store carrier ids (issue #12, "one rule
	// set for a number"); do not add to this list.
	private static final Set<String> ASSOCIATION_USERS = Set.of("io.trunkline.phonenumber.PhoneNumberRules",
			"io.trunkline.phonenumber.PhoneNumberDetails");

	private static ArchCondition<JavaClass> beUsedOnlyInsideTheirFeature() {
		return new ArchCondition<>("be used only inside their feature") {
			@Override
			public void check(JavaClass owned, ConditionEvents events) {
				String feature = feature(owned);
				for (Dependency use : owned.getDirectDependenciesToSelf()) {
					JavaClass user = use.getOriginClass();
					if (!feature(user).equals(feature) && !user.isAnnotatedWith(Entity.class)
							&& !ASSOCIATION_USERS.contains(user.getName())) {
						events.add(SimpleConditionEvent.violated(use, use.getDescription()));
					}
				}
			}
		};
	}

	private static String feature(JavaClass type) {
		String[] parts = type.getPackageName().split("\\.");
		return (parts.length > 2) ? parts[2] : "";
	}

}
