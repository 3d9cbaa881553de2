/**
 * Mail to members. Until a mail server is configured (another issue), mails are written
 * to the log and kept in memory, and a demo run shows them on a page.
 */
package id.ngupi.web.mail;
