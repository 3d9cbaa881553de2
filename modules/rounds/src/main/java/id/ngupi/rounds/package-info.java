/**
 * Rounds: a host opens a few times at once and announces them; during an application
 * window members apply (topics, an answer, the times they can make, best first); at its
 * close the winners are drawn with a seed committed to beforehand, first-timers first, or
 * picked by the host (the draw decides if the host does not pick in time). Winners are
 * booked through booking's rules into the times the round held; everyone else is told.
 * <p>
 * This package is the module's API: the {@link id.ngupi.rounds.Rounds} facade, its
 * records and its events. Everything else lives in {@code internal}. The module reads and
 * writes only the {@code rounds} schema; the round's times are held in booking
 * ({@link id.ngupi.booking.Holds}).
 */
@ApplicationModule(displayName = "Rounds", allowedDependencies = { "db", "identity", "hosting", "booking", "feedback" })
package id.ngupi.rounds;

import org.springframework.modulith.ApplicationModule;
