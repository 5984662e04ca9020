package io.steward.suitability;

import io.steward.suitability.rules.AssessmentConfirmedAndCurrent;
import io.steward.suitability.rules.AssessmentRule;
import io.steward.suitability.rules.CoolingOffBeforeRelease;
import io.steward.suitability.rules.CustomerActsOnlyThroughCustomerChannel;
import io.steward.suitability.rules.CustomerSecretsKept;
import io.steward.suitability.rules.DualRecordingForProtectedSales;
import io.steward.suitability.rules.EarmarkedMoneyStaysOutOfHighRisk;
import io.steward.suitability.rules.ElderlyNeverAboveR3;
import io.steward.suitability.rules.ElderlyR3NeedsWitness;
import io.steward.suitability.rules.EveryProductElementDisclosed;
import io.steward.suitability.rules.FailedAssessmentBuysNothing;
import io.steward.suitability.rules.InterviewRecordedWithoutForbiddenPromises;
import io.steward.suitability.rules.MinorAssessedWithGuardianAtBranch;
import io.steward.suitability.rules.MinorsBuyOnlyWithGuardianAtBranch;
import io.steward.suitability.rules.NoInducedReassessment;
import io.steward.suitability.rules.NoOverrideForElderlyOrMinors;
import io.steward.suitability.rules.OnlyCertifiedStaffSell;
import io.steward.suitability.rules.OnlyOfficialMaterials;
import io.steward.suitability.rules.ProductMustBeOnSale;
import io.steward.suitability.rules.ProductWithinCustomerTolerance;
import io.steward.suitability.rules.SaleRule;
import io.steward.suitability.rules.ShortTermMoneyStaysShortTerm;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule of DESIGN §3 in one place: which class holds it and how it is applied. The API can list
 * {@link #entries()} for the UI and auditors; the engine builds its rules from here.
 */
public final class PolicyCatalog {

    private static final List<CatalogEntry> ENTRIES = List.of(
            OnlyCertifiedStaffSell.ENTRY,                     // QUAL-1    sale
            AssessmentConfirmedAndCurrent.ENTRY,              // ASSESS-1  sale
            FailedAssessmentBuysNothing.ENTRY,                // ASSESS-2  sale
            NoInducedReassessment.ENTRY,                      // ASSESS-3  assessment
            MinorAssessedWithGuardianAtBranch.ENTRY,          // ASSESS-4  assessment
            ProductWithinCustomerTolerance.ENTRY,             // MATCH-1   sale
            NoOverrideForElderlyOrMinors.ENTRY,               // MATCH-2   sale
            ElderlyNeverAboveR3.ENTRY,                        // ELDER-1   sale
            ElderlyR3NeedsWitness.ENTRY,                      // ELDER-2   sale
            MinorsBuyOnlyWithGuardianAtBranch.ENTRY,          // MINOR-1   sale
            ShortTermMoneyStaysShortTerm.ENTRY,               // FUND-1    sale
            EarmarkedMoneyStaysOutOfHighRisk.ENTRY,           // FUND-2    sale
            ProductMustBeOnSale.ENTRY,                        // PROD-1    sale
            CustomerActsOnlyThroughCustomerChannel.ENTRY,     // CONF-1    obligation on every sale not denied
            EveryProductElementDisclosed.ENTRY,               // CONF-2    obligation on every sale not denied
            OnlyOfficialMaterials.ENTRY,                      // MAT-1     material
            CoolingOffBeforeRelease.ENTRY,                    // COOL-1    sale
            DualRecordingForProtectedSales.ENTRY,             // REC-1     sale
            InterviewRecordedWithoutForbiddenPromises.ENTRY,  // REC-2     customer module, ForbiddenPromises
            CustomerSecretsKept.ENTRY);                       // PRIV-1    access module

    private static final Map<RuleId, CatalogEntry> BY_ID = byId();

    private PolicyCatalog() {
    }

    /** All rules, in the order of DESIGN §3. */
    public static List<CatalogEntry> entries() {
        return ENTRIES;
    }

    public static CatalogEntry entry(RuleId id) {
        return BY_ID.get(id);
    }

    /**
     * The rules a sale decision evaluates, in this order. The obligations come last: they are stated only
     * when no earlier rule denied.
     */
    static SaleRule[] saleRules(PolicyParameters parameters) {
        return new SaleRule[] {
                new OnlyCertifiedStaffSell(),
                new AssessmentConfirmedAndCurrent(parameters),
                new FailedAssessmentBuysNothing(),
                new ProductWithinCustomerTolerance(),
                new NoOverrideForElderlyOrMinors(parameters),
                new ElderlyNeverAboveR3(parameters),
                new ElderlyR3NeedsWitness(parameters),
                new MinorsBuyOnlyWithGuardianAtBranch(parameters),
                new ShortTermMoneyStaysShortTerm(),
                new EarmarkedMoneyStaysOutOfHighRisk(parameters),
                new ProductMustBeOnSale(),
                new CoolingOffBeforeRelease(),
                new DualRecordingForProtectedSales(parameters),
                new CustomerActsOnlyThroughCustomerChannel(),
                new EveryProductElementDisclosed()};
    }

    /** The rules an assessment decision evaluates. */
    static AssessmentRule[] assessmentRules(PolicyParameters parameters) {
        return new AssessmentRule[] {
                new NoInducedReassessment(parameters),
                new MinorAssessedWithGuardianAtBranch(parameters)};
    }

    private static Map<RuleId, CatalogEntry> byId() {
        Map<RuleId, CatalogEntry> map = new EnumMap<>(RuleId.class);
        for (CatalogEntry entry : ENTRIES) {
            if (map.put(entry.id(), entry) != null) {
                throw new IllegalStateException("rule " + entry.id() + " is listed twice in the catalog");
            }
        }
        return map;
    }
}
