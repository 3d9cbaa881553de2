/**
 * Booking a host's time on the site: the booking form, the member's sessions, the host's
 * dashboard and the page of each session, where only its two participants see the meeting
 * link.
 */
package id.ngupi.web.booking;
