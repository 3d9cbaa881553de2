package id.ngupi.web.discovery;

import java.util.List;

import id.ngupi.web.support.SelectOption;

/**
 * The filter form above the results: it sends itself to {@code action} ({@code /} or a
 * topic's page) as a plain GET, and with htmx swaps only the results.
 *
 * @param action where the form goes
 * @param languages the languages to filter by, named in the viewer's language
 * @param zone the viewer's timezone as named on the page ({@code WIB (Asia/Jakarta)})
 */
public record DiscoveryForm(String action, List<SelectOption> languages, String zone) {

}
