package id.ngupi.architecture;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.validation.Constraint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * Ngupi's architecture rules, written against a base package so that they can be proven
 * against deliberately broken fixture code as well as checked against the real code.
 */
final class NgupiArchitecture {

	static final List<String> MODULES = List.of("identity", "hosting", "booking", "feedback", "rounds", "moderation",
			"notifications");

	private NgupiArchitecture() {
	}

	/** (a) A module uses only the jOOQ classes generated from its own schema. */
	static ArchRule modulesUseOnlyTheirOwnSchema(String base) {
		List<ArchRule> rules = MODULES.stream().map(module -> {
			String[] otherSchemas = MODULES.stream()
				.filter(other -> !other.equals(module))
				.map(other -> base + ".db.jooq." + other + "..")
				.toArray(String[]::new);
			return (ArchRule) noClasses().that()
				.resideInAPackage(base + "." + module + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(otherSchemas)
				.as("module " + module + " uses only the jOOQ classes of schema " + module)
				.allowEmptyShould(true);
		}).toList();
		return CompositeArchRule.of(rules);
	}

	/**
	 * (b) The web layer reaches modules only through their API packages, never internals
	 * or SQL.
	 */
	static ArchRule webUsesOnlyModuleApis(String base) {
		String[] forbidden = MODULES.stream().map(module -> base + "." + module + ".internal..").toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(base + ".web..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden)
			.orShould()
			.dependOnClassesThat()
			.resideInAnyPackage(base + ".db.jooq..", "org.jooq..")
			.as("web reaches modules only through their API packages, never internal or jOOQ");
	}

	/**
	 * (d) The web layer never decides by a module's status or phase: it names no constant
	 * of a module's {@code ...Status} or {@code ...Phase} enum (asking a question the
	 * module answers, like {@code awaitingApproval()} or {@code awaitingAnswer(now)}, is
	 * how it learns what to show).
	 */
	static ArchRule webDecidesNothingByAStatus(String base) {
		DescribedPredicate<JavaFieldAccess> statusConstant = DescribedPredicate
			.describe("a constant of a module's status or phase enum", access -> access.getTargetOwner().isEnum()
					&& (access.getTargetOwner().getSimpleName().endsWith("Status")
							|| access.getTargetOwner().getSimpleName().endsWith("Phase"))
					&& MODULES.stream()
						.anyMatch(module -> access.getTargetOwner().getPackageName().startsWith(base + "." + module)));
		return noClasses().that()
			.resideInAPackage(base + ".web..")
			.should()
			.accessFieldWhere(statusConstant)
			.as("web names no constant of a module's status or phase enum: the module decides what they mean");
	}

	/**
	 * (e) The web layer declares no validation constraint: what a value must be is said
	 * once, on the module's request record or method, and web binds to it or asks it.
	 * {@code @Valid} (judge this record by its own constraints) is allowed.
	 */
	static ArchRule webDeclaresNoConstraints(String base) {
		DescribedPredicate<JavaClass> constraint = DescribedPredicate.describe("a validation constraint",
				type -> type.isAnnotation() && (type.getPackageName().startsWith("jakarta.validation.constraints")
						|| type.isAnnotatedWith(Constraint.class)));
		return noClasses().that()
			.resideInAPackage(base + ".web..")
			.should()
			.dependOnClassesThat(constraint)
			.as("web declares no validation constraint: the module's records and methods carry them");
	}

	/** (c) Dependencies come through constructors, never injected into fields. */
	static ArchRule noFieldInjection(String base) {
		return noFields().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(base + "..")
			.should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
			.as("no class uses field injection");
	}

}
