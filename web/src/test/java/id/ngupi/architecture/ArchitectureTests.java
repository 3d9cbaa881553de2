package id.ngupi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks Ngupi's production code against {@link NgupiArchitecture}.
 */
class ArchitectureTests {

	static final JavaClasses ngupi = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.ngupi");

	@Test
	void modulesUseOnlyTheirOwnSchema() {
		NgupiArchitecture.modulesUseOnlyTheirOwnSchema("id.ngupi").check(ngupi);
	}

	@Test
	void webUsesOnlyModuleApis() {
		NgupiArchitecture.webUsesOnlyModuleApis("id.ngupi").check(ngupi);
	}

	@Test
	void webDecidesNothingByAStatus() {
		NgupiArchitecture.webDecidesNothingByAStatus("id.ngupi").check(ngupi);
	}

	@Test
	void webDeclaresNoConstraints() {
		NgupiArchitecture.webDeclaresNoConstraints("id.ngupi").check(ngupi);
	}

	@Test
	void usesNoFieldInjection() {
		NgupiArchitecture.noFieldInjection("id.ngupi").check(ngupi);
	}

}
