/**
 * Notifications: everything about telling members what happened. It listens to the other
 * modules' events, records each notification for its recipients (the in-app inbox,
 * "Kabar"), mails it to verified addresses in the recipient's language and timezone (with
 * the session's calendar file), keeps each member's choices per kind and sends the
 * reminders before every session. No other module sends mail or knows this one exists.
 * <p>
 * This package is the module's API: the inbox, the mail preferences and the local mailbox
 * of a run without a mail server. The module reads and writes only the
 * {@code notifications} schema.
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "db", "identity", "hosting", "booking", "feedback", "rounds", "moderation" })
package id.ngupi.notifications;

import org.springframework.modulith.ApplicationModule;
