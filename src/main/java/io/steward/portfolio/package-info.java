/**
 * Portfolio analysis: what each customer holds (from released sales and core banking's position files), its
 * allocation and weighted risk, the mismatches between holdings and the rules of DESIGN §3 (a product above the
 * customer's level, R4+ for the elderly, earmarked money in high risk, money needed back before maturity,
 * concentration, no valid assessment), switch suggestions the suitability engine allows, the customer's portfolio
 * report, and the nightly scan over every customer that raises practitioner tasks.
 */
package io.steward.portfolio;
