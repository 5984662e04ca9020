/**
 * Reporting (issue 6): what directors and marketing managers may see of their institution's customers — aggregates
 * only, k-anonymous (DESIGN §6) — the one way customer-level data leaves the screens (exports approved by a second
 * person, watermarked, downloaded once), and the anomaly watch for COMPLIANCE. Reports and exports are the read side
 * DESIGN §2 allows to use plain SQL over the other modules' tables; the anomaly watch asks the owning modules' facades
 * (ReadingPatterns, ProxyConfirmations, AssessmentPatterns, SalesPatterns). It writes only its own tables.
 *
 * <p>The public face is {@link io.steward.reporting.AumSource}: where assets under management come from (the
 * portfolio module answers with its holdings' market values; reporting does not depend on it).
 */
@ApplicationModule(displayName = "Reporting")
package io.steward.reporting;

import org.springframework.modulith.ApplicationModule;
