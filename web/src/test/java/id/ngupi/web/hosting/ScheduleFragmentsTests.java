package id.ngupi.web.hosting;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import id.ngupi.hosting.HostDirectory;
import id.ngupi.hosting.Hosting;
import id.ngupi.identity.Account;
import id.ngupi.identity.Accounts;
import id.ngupi.web.NgupiWebTest;
import id.ngupi.web.RealHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx's answer to a schedule exception is two views in one response (the exceptions and,
 * out of band, the preview). Over a real socket, where a declared length ends the
 * response, both must arrive whole and nothing may be logged as an error.
 */
@NgupiWebTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduleFragmentsTests {

	@LocalServerPort
	int port;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@Autowired
	Accounts accounts;

	@Autowired
	Hosting hosting;

	@Autowired
	HostDirectory directory;

	@Test
	void addingAndRemovingADayOffThroughHtmxAnswersWithBothFragmentsWhole(CapturedOutput log) throws Exception {
		Account host = new Hosts(this.accounts, this.hosting, this.directory).host("fragmen");
		RealHttp http = new RealHttp(this.port);
		String cookie = RealHttp.sessionOf(this.sessions, host.id());
		String csrf = RealHttp.csrfOf(http.get("/settings/hosting/schedule", cookie), "#scheduleOverrides form");
		String date = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).toString();

		HttpResponse<String> added = http.post("/settings/hosting/schedule/days-off", cookie,
				Map.of("dayOffDate", date), "HX-Request", "true", "X-CSRF-TOKEN", csrf);
		HttpResponse<String> removed = http.post("/settings/hosting/schedule/days-off/remove", cookie,
				Map.of("date", date), "HX-Request", "true", "X-CSRF-TOKEN", csrf);

		for (HttpResponse<String> answer : new HttpResponse[] { added, removed }) {
			assertThat(answer.statusCode()).isEqualTo(200);
			Document fragments = Jsoup.parse(answer.body());
			assertThat(fragments.select("#scheduleOverrides")).hasSize(1);
			assertThat(fragments.select("#schedulePreview[hx-swap-oob]")).hasSize(1);
			assertThat(answer.body().strip()).endsWith("</section>");
		}
		assertThat(this.directory.availability(host.id()).orElseThrow().daysOff()).isEmpty();
		assertThat(log.getAll()).doesNotContain("ERROR", "may not be written");
	}

}
