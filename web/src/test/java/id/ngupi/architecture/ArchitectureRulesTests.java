package id.ngupi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Proves that each rule of {@link NgupiArchitecture} fails on code that breaks it (the
 * {@code archfixture} package), so a green {@link ArchitectureTests} means something.
 */
class ArchitectureRulesTests {

	static final JavaClasses fixtures = new ClassFileImporter().importPackages("archfixture");

	@Test
	void catchesModuleUsingAnotherModulesSchema() {
		assertThatThrownBy(() -> NgupiArchitecture.modulesUseOnlyTheirOwnSchema("archfixture").check(fixtures))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("AccountStore")
			.hasMessageContaining("Offerings")
			.hasMessageNotContaining("<archfixture.db.jooq.identity.Accounts>");
	}

	@Test
	void catchesWebReachingIntoInternalsOrJooq() {
		assertThatThrownBy(() -> NgupiArchitecture.webUsesOnlyModuleApis("archfixture").check(fixtures))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("AccountStore")
			.hasMessageContaining("archfixture.db.jooq.identity.Accounts")
			.hasMessageContaining("org.jooq.DSLContext")
			.hasMessageNotContaining("HostDirectory");
	}

	@Test
	void catchesWebBranchingOnAModulesStatus() {
		assertThatThrownBy(() -> NgupiArchitecture.webDecidesNothingByAStatus("archfixture").check(fixtures))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("StatusBranchingController")
			.hasMessageContaining("OfferingStatus.RETIRED")
			.hasMessageContaining("OfferingPhase.LISTED")
			.hasMessageNotContaining("ShortcutController");
	}

	@Test
	void catchesWebDeclaringAConstraint() {
		assertThatThrownBy(() -> NgupiArchitecture.webDeclaresNoConstraints("archfixture").check(fixtures))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("ConstrainedForm")
			.hasMessageContaining("Size")
			.hasMessageContaining("ShortText")
			.hasMessageNotContaining("ShortcutController");
	}

	@Test
	void catchesFieldInjection() {
		assertThatThrownBy(() -> NgupiArchitecture.noFieldInjection("archfixture").check(fixtures))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("FieldInjectedController.dependency");
	}

}
