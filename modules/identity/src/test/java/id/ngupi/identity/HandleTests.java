package id.ngupi.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Handles as values: what a provider's username becomes, what a suffix does to a long
 * handle, and what is refused.
 */
class HandleTests {

	@ParameterizedTest
	@CsvSource({ "sari, sari", "Sari_W, Sari_W", "budi.santoso, budi-santoso", "q, dev-q", "'___', dev", "'--x', dev-x",
			"admin, dev-admin", "ROOT, dev-ROOT", "'ñandú.dev!', and--dev-", "'a b', a-b", "'日本', dev" })
	void derivesAWellFormedHandleFromAUsername(String username, String handle) {
		assertThat(Handle.derivedFrom(username).value()).isEqualTo(handle);
	}

	@ParameterizedTest
	@ValueSource(strings = { "x", "-lead", "_lead", "with space", "dot.ted", "émoji", "" })
	void refusesMalformedHandles(String value) {
		assertThat(Handle.isWellFormed(value)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new Handle(value));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "Admin", "SETTINGS", "login", "api" })
	void knowsTheReservedNamesWhateverTheirCase(String value) {
		assertThat(Handle.isReserved(value)).isTrue();
	}

	@Test
	void cutsALongUsernameAndKeepsASuffixWithinTheLimit() {
		Handle handle = Handle.derivedFrom("x".repeat(100));

		assertThat(handle.value()).hasSize(Handle.MAX_LENGTH);
		assertThat(handle.withSuffix(2).value()).hasSize(Handle.MAX_LENGTH).endsWith("x-2");
		assertThat(handle.withSuffix(123).value()).hasSize(Handle.MAX_LENGTH).endsWith("x-123");
		assertThat(new Handle("ab").withSuffix(7).value()).isEqualTo("ab-7");
	}

}
