package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.Condition;
import io.steward.suitability.PolicyParameters;
import io.steward.suitability.PolicyParameters.RecordingTrigger;
import io.steward.suitability.RuleId;

/**
 * REC-1 (regulation beyond the notice: China's 2017 "dual recording" rules): sales to the elderly and
 * override sales are recorded on audio and video as evidence. Which sales are recorded is
 * {@link PolicyParameters#recordingRequiredFor()}; each trigger that applies is its own hit.
 */
public final class DualRecordingForProtectedSales implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.REC_1,
            DualRecordingForProtectedSales.class.getSimpleName(),
            "Sales to customers aged 65+ and override sales carry an audio/video recording as evidence, kept at least until "
                    + "6 months after the product ends (longer while a dispute is open).",
            "向65周岁及以上客户的销售以及超风险承受能力的销售须全程录音录像作为证据，至少保存至产品终止后6个月（存在争议的，保存至争议解决）。",
            "regulation beyond the source (China's 2017 \"dual recording\" rules)",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; sales requires the recording before READY and keeps it");

    private static final String KEPT_EN = ": record the sale on audio and video and keep the recording at least until 6 months "
            + "after the product ends (longer while a dispute is open).";
    private static final String KEPT_ZH = "：须对销售过程录音录像，录音录像至少保存至产品终止后6个月（存在争议的，保存至争议解决）。";

    private final boolean elderlyRecorded;
    private final boolean overrideRecorded;
    private final boolean minorRecorded;
    private final PreparedHit elderly;
    private final PreparedHit override;
    private final PreparedHit minor;

    public DualRecordingForProtectedSales(PolicyParameters parameters) {
        elderlyRecorded = parameters.recordingRequiredFor().contains(RecordingTrigger.ELDERLY_CUSTOMER);
        overrideRecorded = parameters.recordingRequiredFor().contains(RecordingTrigger.OVERRIDE_SALE);
        minorRecorded = parameters.recordingRequiredFor().contains(RecordingTrigger.MINOR_CUSTOMER);
        elderly = PreparedHit.condition(ENTRY, "elderly",
                "Sale to a customer aged " + parameters.elderlyAge() + " or above" + KEPT_EN,
                "向" + parameters.elderlyAge() + "周岁及以上客户销售" + KEPT_ZH,
                Condition.DUAL_RECORDING);
        override = PreparedHit.condition(ENTRY, "override",
                "Sale above the customer's risk tolerance at their own request" + KEPT_EN,
                "应客户主动要求销售超出其风险承受能力的产品" + KEPT_ZH,
                Condition.DUAL_RECORDING);
        minor = PreparedHit.condition(ENTRY, "minor",
                "Sale to a customer under " + parameters.minorAge() + KEPT_EN,
                "向未满" + parameters.minorAge() + "周岁客户销售" + KEPT_ZH,
                Condition.DUAL_RECORDING);
    }

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        if (elderlyRecorded && sale.elderly()) {
            hits.add(elderly);
        }
        if (overrideRecorded && sale.override()) {
            hits.add(override);
        }
        if (minorRecorded && sale.minor()) {
            hits.add(minor);
        }
    }
}
