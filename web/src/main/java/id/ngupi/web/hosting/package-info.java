/**
 * The host's own settings: turning hosting on and the host profile, pausing and resuming,
 * the offerings, the weekly schedule with its date overrides and one-off slots, and a
 * preview of the times attendees will be offered. Always the logged-in member's own
 * hosting: no form names the host it changes.
 */
package id.ngupi.web.hosting;
