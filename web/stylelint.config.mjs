/**
 * The stylesheet lint run by the Maven build (`npm ci`, then stylelint, in the web module).
 * It is there to catch a stylesheet that silently stops applying: an unclosed block
 * (a CssSyntaxError), unknown properties, values, units, at-rules and pseudo-classes,
 * duplicate selectors and properties. Style-only rules are left out on purpose.
 */
export default {
  extends: ["stylelint-config-recommended"],
  rules: {
    // an invalid value drops the declaration just as an unknown property does
    "declaration-property-value-no-unknown": true,
    // the stylesheet is ordered by feature, not by specificity
    "no-descending-specificity": null,
  },
};
