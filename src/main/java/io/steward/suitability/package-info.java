/**
 * Suitability: the policy that decides what may be sold to whom (DESIGN §3).
 *
 * <p>Pure Java on purpose: no Spring, no I/O, no clock. A {@link io.steward.suitability.Decision} is a
 * function of its input records and a {@link io.steward.suitability.PolicyParameters} version only, so
 * an auditor can replay a stored decision and get the same answer (DESIGN §5).
 *
 * <p>The public face is this package: the {@link io.steward.suitability.SuitabilityEngine} facade, the
 * input records ({@link io.steward.suitability.ProposedSale}, {@link io.steward.suitability.ProposedAssessment},
 * {@link io.steward.suitability.MaterialPublisher}), the decision types, the {@link
 * io.steward.suitability.PolicyCatalog} and the {@link io.steward.suitability.ForbiddenPromises} scanner.
 * The rules themselves live in {@code io.steward.suitability.rules}, one class per rule, internal to the
 * module.
 */
package io.steward.suitability;
