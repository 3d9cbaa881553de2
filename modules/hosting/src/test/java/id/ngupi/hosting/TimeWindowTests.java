package id.ngupi.hosting;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Time windows as values: what stays within one day, how windows overlap, and how they
 * are written.
 */
class TimeWindowTests {

	@ParameterizedTest
	@CsvSource({ "0, 1", "0, 1440", "1439, 1440", "540, 1020" })
	void acceptsWindowsWithinOneDay(int start, int end) {
		TimeWindow window = new TimeWindow(start, end);

		assertThat(window.minutes()).isEqualTo(end - start);
	}

	@ParameterizedTest
	@CsvSource({ "-1, 60", "1440, 1441", "600, 600", "600, 540", "0, 0", "0, 1441", "1380, 60" })
	void refusesWindowsThatAreEmptyBackwardOrOutsideTheDay(int start, int end) {
		assertThatIllegalArgumentException().isThrownBy(() -> new TimeWindow(start, end))
			.withMessageContaining(start + "-" + end);
	}

	@Test
	void aWindowEndingAtMidnightRunsToTheEndOfTheDay() {
		assertThat(TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT)).isEqualTo(new TimeWindow(1320, 1440));
		assertThat(new TimeWindow(0, 1440).endText()).isEqualTo("24:00");
	}

	@Test
	void midnightToMidnightIsRefusedRatherThanReadAsAWholeDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(LocalTime.NOON, LocalTime.NOON));
	}

	@Test
	void isWrittenWithLocalTimes() {
		TimeWindow window = TimeWindow.of(LocalTime.of(9, 30), LocalTime.of(17, 0));

		assertThat(window).isEqualTo(new TimeWindow(570, 1020));
		assertThat(window.start()).isEqualTo(LocalTime.of(9, 30));
		assertThat(window.minutes()).isEqualTo(450);
	}

	@Test
	void aWindowCannotBeWrittenBackward() {
		assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(9, 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(LocalTime.of(10, 0), LocalTime.of(10, 0)));
	}

	@ParameterizedTest
	@CsvSource({ "540, 600, 570, 630, true", "540, 600, 600, 660, false", "540, 600, 480, 540, false",
			"540, 720, 600, 660, true", "540, 600, 540, 600, true", "540, 600, 720, 780, false",
			"0, 1440, 1439, 1440, true" })
	void overlapsOnlyWhenSharingAMinuteAndTouchingIsFine(int start, int end, int otherStart, int otherEnd,
			boolean overlap) {
		TimeWindow window = new TimeWindow(start, end);
		TimeWindow other = new TimeWindow(otherStart, otherEnd);

		assertThat(window.overlaps(other)).isEqualTo(overlap);
		assertThat(other.overlaps(window)).isEqualTo(overlap);
	}

	@ParameterizedTest
	@CsvSource({ "0, 1, 00:00, 00:01", "570, 1020, 09:30, 17:00", "1320, 1440, 22:00, 24:00",
			"1439, 1440, 23:59, 24:00" })
	void writesItsStartAndEndAsHoursAndMinutes(int start, int end, String startText, String endText) {
		TimeWindow window = new TimeWindow(start, end);

		assertThat(window.startText()).isEqualTo(startText);
		assertThat(window.endText()).isEqualTo(endText);
	}

	@Test
	void sortsByStartThenEnd() {
		List<TimeWindow> windows = new ArrayList<>(List.of(new TimeWindow(600, 720), new TimeWindow(540, 660),
				new TimeWindow(600, 660), new TimeWindow(0, 60)));

		Collections.sort(windows);

		assertThat(windows).containsExactly(new TimeWindow(0, 60), new TimeWindow(540, 660), new TimeWindow(600, 660),
				new TimeWindow(600, 720));
		assertThat(new TimeWindow(600, 660).compareTo(new TimeWindow(600, 660))).isZero();
	}

	@Test
	void namesWhyTwoTimesMakeNoWindowByTheRuleThatBuildsOne() {
		assertThat(TimeWindow.problem(LocalTime.of(19, 0), LocalTime.of(21, 0))).isEmpty();
		assertThat(TimeWindow.problem(LocalTime.of(20, 0), LocalTime.MIDNIGHT)).as("to the end of the day").isEmpty();
		assertThat(TimeWindow.problem(LocalTime.of(21, 0), LocalTime.of(19, 0)))
			.contains(TimeWindow.Problem.END_NOT_AFTER_START);
		assertThat(TimeWindow.problem(LocalTime.of(9, 0), LocalTime.of(9, 0)))
			.contains(TimeWindow.Problem.END_NOT_AFTER_START);
		assertThat(TimeWindow.problem(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
			.contains(TimeWindow.Problem.MIDNIGHT_TO_MIDNIGHT);
		assertThatIllegalArgumentException().isThrownBy(() -> TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
			.withMessageContaining("MIDNIGHT_TO_MIDNIGHT");
	}

}
