/**
 * The local run's mailbox page: with no mail server configured, the notifications module
 * keeps the mails it would have sent, and {@code /dev/mail} shows them.
 */
package id.ngupi.web.mail;
