/**
 * The rules of the policy catalog, one class per rule, named after what it protects. Internal to the
 * suitability module: other modules use {@link io.steward.suitability.SuitabilityEngine} and
 * {@link io.steward.suitability.PolicyCatalog}.
 *
 * <p>Every explanation a rule can give is built once, when the engine is built from a policy version,
 * so deciding allocates almost nothing and never formats text.
 */
package io.steward.suitability.rules;
