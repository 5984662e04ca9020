package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.RuleId;

/**
 * REC-2: "After each interview, the financial manager should record the important items of the interview
 * in the customer database"; China's 2021 sales rules forbid promising principal or returns, quoting
 * expected-return figures and likening a product to a deposit. The customer module keeps the interview
 * records and flags such text with {@link io.steward.suitability.ForbiddenPromises}.
 */
public final class InterviewRecordedWithoutForbiddenPromises {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.REC_2,
            InterviewRecordedWithoutForbiddenPromises.class.getSimpleName(),
            "After each interview the practitioner records financial situation, objectives, products considered, reasons "
                    + "for not buying, unmet needs and family situation; text that promises what staff must not (guaranteed "
                    + "principal or return, \"expected return\" figures, likening a product to a deposit) is flagged.",
            "每次面谈后，理财人员须记录客户的财务状况、投资目标、拟购买的产品类型、未购买原因、未满足的需求及家庭情况；"
                    + "含有员工不得作出的承诺（保证本金或收益、预期收益率数字、将产品比作存款）的文字予以标记。",
            "\"3. Complete the record and filing management…\"; China's 2021 sales rules list such practices",
            Enforcement.OTHER_MODULE,
            "customer: interview records, flagged with io.steward.suitability.ForbiddenPromises");

    private InterviewRecordedWithoutForbiddenPromises() {
    }
}
