/**
 * Booking: open slots, bookings without double booking, cancellation, reschedule and
 * waitlists.
 * <p>
 * This package is the module's API: facades, request and response records, events.
 * Everything else lives in {@code internal} and is invisible to other modules. The module
 * reads and writes only the {@code booking} schema.
 */
@ApplicationModule(displayName = "Booking", allowedDependencies = { "db", "db :: statements", "identity", "hosting" })
package id.ngupi.booking;

import org.springframework.modulith.ApplicationModule;
