/**
 * Moderation on the web: the small "Laporkan" links on what members can report, the
 * report form and the member's own list of reports ({@code /settings/laporan}), and the
 * admins' pages under {@code /admin}: the queue, each case with its content in context, a
 * member's standing and the audit log. Security lets only admins reach {@code /admin};
 * the moderation module refuses anyone else again, and is the authority.
 */
package id.ngupi.web.moderation;
