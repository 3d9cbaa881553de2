/**
 * Finding hosts: the discovery page at {@code /}, topic pages, and what a host's own page
 * shows about their hosting (offerings, next times, sharing).
 */
package id.ngupi.web.discovery;
