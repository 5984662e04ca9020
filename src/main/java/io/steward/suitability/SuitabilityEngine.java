package io.steward.suitability;

import io.steward.suitability.rules.AssessmentRule;
import io.steward.suitability.rules.Hits;
import io.steward.suitability.rules.OnlyOfficialMaterials;
import io.steward.suitability.rules.SaleContext;
import io.steward.suitability.rules.SaleRule;

/**
 * The suitability policy of one {@link PolicyParameters} version. Immutable and thread-safe: build one
 * per policy version and share it. Every decision is a pure function of its input and this version; the
 * engine reads no clock, so the caller passes the decision date in the input.
 *
 * <p>Every explanation the rules can give is built in the constructor, once per policy version: a decision
 * only picks the prepared hits, so it costs a few hundred nanoseconds, formats no text and allocates a few
 * small objects (see {@code docs/benchmarks.md}).
 */
public final class SuitabilityEngine {

    private final PolicyParameters parameters;
    private final SaleRule[] saleRules;
    private final AssessmentRule[] assessmentRules;
    private final OnlyOfficialMaterials materials = new OnlyOfficialMaterials();

    public SuitabilityEngine(PolicyParameters parameters) {
        this.parameters = Inputs.required(parameters, "parameters");
        this.saleRules = PolicyCatalog.saleRules(parameters);
        this.assessmentRules = PolicyCatalog.assessmentRules(parameters);
    }

    /** The engine of the built-in policy version {@value PolicyParameters#DEFAULT_VERSION_ID}. */
    public static SuitabilityEngine withDefaults() {
        return new SuitabilityEngine(PolicyParameters.defaults());
    }

    public PolicyParameters parameters() {
        return parameters;
    }

    /**
     * May this sale go ahead? Evaluates QUAL-1, ASSESS-1, ASSESS-2, MATCH-1, MATCH-2, ELDER-1, ELDER-2,
     * MINOR-1, FUND-1, FUND-2, PROD-1, COOL-1 and REC-1, all of them even after one denies, and states the
     * CONF-1 and CONF-2 obligations when none did. The sales case asks when it is opened and again at
     * submission.
     */
    public Decision decideSale(ProposedSale sale) {
        SaleContext context = SaleContext.of(Inputs.required(sale, "sale"), parameters);
        Hits hits = new Hits();
        for (SaleRule rule : saleRules) {
            rule.evaluate(context, hits);
        }
        return hits.decision(parameters.versionId());
    }

    /**
     * May a newly completed assessment take effect? ALLOWED: it takes effect now. ALLOWED_WITH_CONDITIONS:
     * only after REVIEW_APPROVAL (ASSESS-3) and/or the guardian's co-confirmation (GUARDIAN_PRESENT,
     * ASSESS-4); a FLAG hit tells the reviewer the level rose. DENIED: a minor assessed remotely or without
     * a verified guardian (ASSESS-4); the assessment must not be recorded as the customer's level.
     */
    public Decision decideAssessment(ProposedAssessment assessment) {
        Inputs.required(assessment, "assessment");
        Hits hits = new Hits();
        for (AssessmentRule rule : assessmentRules) {
            rule.evaluate(assessment, hits);
        }
        return hits.decision(parameters.versionId());
    }

    /** May written material from this publisher be handed to customers (MAT-1)? ALLOWED or DENIED. */
    public Decision decideMaterial(MaterialPublisher publisher) {
        Inputs.required(publisher, "publisher");
        Hits hits = new Hits();
        materials.evaluate(publisher, hits);
        return hits.decision(parameters.versionId());
    }
}
