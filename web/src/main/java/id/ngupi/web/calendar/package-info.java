/**
 * Sessions in members' calendars: a calendar file per session, the "add to Google
 * Calendar" link, each member's private calendar feed, and joining a host's waitlist.
 */
package id.ngupi.web.calendar;
