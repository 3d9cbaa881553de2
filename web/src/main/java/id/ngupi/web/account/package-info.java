/**
 * The member's account settings: linked login providers, the data export and deleting the
 * account.
 */
package id.ngupi.web.account;
