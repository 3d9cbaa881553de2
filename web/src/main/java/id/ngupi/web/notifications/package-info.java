/**
 * The member's side of notifications: the inbox ("Kabar") with the header's bell, the
 * choice of which kinds are mailed, and the one-click unsubscribe that mails link to.
 */
package id.ngupi.web.notifications;
