/**
 * Deliberately broken code, outside {@code id.ngupi}, that proves each architecture rule
 * catches what it is meant to catch. Never part of the application.
 */
package archfixture;
