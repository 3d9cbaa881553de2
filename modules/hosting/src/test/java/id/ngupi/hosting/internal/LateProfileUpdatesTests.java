package id.ngupi.hosting.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.HostProfileChange;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.AccountEvents.ProfileUpdated;
import id.ngupi.identity.Accounts;
import id.ngupi.identity.ProfileChange;
import id.ngupi.identity.Provider;
import id.ngupi.identity.ProviderIdentity;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile change delivered late (a delivery that failed and is tried again after a
 * newer change) leaves the host's copy as the account is now.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class LateProfileUpdatesTests {

	private final Accounts accounts;

	private final Hosting hosting;

	private final HostDirectory directory;

	private final IdentityEvents events;

	LateProfileUpdatesTests(@Autowired Accounts accounts, @Autowired Hosting hosting,
			@Autowired HostDirectory directory, @Autowired IdentityEvents events) {
		this.accounts = accounts;
		this.hosting = hosting;
		this.directory = directory;
		this.events = events;
	}

	@Test
	void aProfileChangeDeliveredLateDoesNotBringTheOldNameBack() {
		Account member = this.accounts.signIn(new ProviderIdentity(Provider.GITHUB, UUID.randomUUID().toString(),
				"rina" + UUID.randomUUID().toString().substring(0, 8), "Rina Lama", null));
		this.hosting.saveProfile(member.id(), new HostProfileChange("Ngobrol soal karier", "", List.of("karier"),
				List.of("id"), "https://meet.google.com/abc-defg-hij", "Asia/Jakarta"));
		ProfileUpdated old = ProfileUpdated.of(member);
		ProfileChange renamed = ProfileChange.of(member);
		this.accounts.updateProfile(member.id(),
				new ProfileChange(renamed.handle(), "Rina Baru", renamed.bio(), renamed.timezone(), renamed.language(),
						renamed.website(), renamed.github(), renamed.twitter(), renamed.linkedin()));

		// the newer change's own delivery has come
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.directory.find(member.id()).orElseThrow().displayName().equals("Rina Baru"));

		this.events.on(old);

		assertThat(this.directory.find(member.id()).orElseThrow().displayName()).isEqualTo("Rina Baru");
	}

}
