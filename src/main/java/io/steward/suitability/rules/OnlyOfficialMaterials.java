package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.MaterialPublisher;
import io.steward.suitability.MaterialPublisher.Department;
import io.steward.suitability.MaterialPublisher.InstitutionType;
import io.steward.suitability.RuleId;

/**
 * MAT-1: "The written information of products provided by wealth management personnel to customers must
 * be provided by the retail banking department of … Head Office or its branch." Sub-branches, outlets and
 * other departments may hand materials out but not publish them.
 */
public final class OnlyOfficialMaterials {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.MAT_1,
            OnlyOfficialMaterials.class.getSimpleName(),
            "Only materials published by the retail banking department of the head office or of a branch may be handed to customers.",
            "只能向客户提供由总行或分行零售银行部发布的产品书面材料。",
            "must be provided by the retail banking department…",
            Enforcement.MATERIAL_DECISION,
            "suitability: SuitabilityEngine.decideMaterial; product records each material's publisher and refuses the rest");

    private static final PreparedHit NOT_OFFICIAL = PreparedHit.deny(ENTRY, "not-official",
            "This material was not published by the retail banking department of the head office or a branch: it may not be "
                    + "handed to customers.",
            "该材料并非由总行或分行零售银行部发布：不得提供给客户。");

    public void evaluate(MaterialPublisher publisher, Hits hits) {
        boolean officialInstitution = publisher.institution() == InstitutionType.HEAD_OFFICE
                || publisher.institution() == InstitutionType.BRANCH;
        if (!officialInstitution || publisher.department() != Department.RETAIL_BANKING) {
            hits.add(NOT_OFFICIAL);
        }
    }
}
