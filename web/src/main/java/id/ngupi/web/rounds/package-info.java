/**
 * Rounds on the web: the round's public page with the application form, the draw's page
 * anyone may check, the card picture for X and chats, the announcements on discovery and
 * the host's page, and the host's own pages that open a round, read its applications,
 * pick and call it off.
 */
package id.ngupi.web.rounds;
