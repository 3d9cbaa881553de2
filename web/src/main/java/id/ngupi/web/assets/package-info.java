/**
 * The site's static assets (stylesheet, scripts, pictures, htmx): served under URLs that
 * name their content, cached for a year, and precompressed.
 */
package id.ngupi.web.assets;
