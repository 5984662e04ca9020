package io.steward.suitability.rules;

import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.RuleId;

/**
 * PRIV-1: "(3) Keeping secrets for customers": who sees which customer data (DESIGN §6) and no copying or
 * export without approval. Enforced by the access module (data scopes, masking, access log) and reporting
 * (approved exports); listed here so the catalog is complete.
 */
public final class CustomerSecretsKept {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.PRIV_1,
            CustomerSecretsKept.class.getSimpleName(),
            "Data scopes of DESIGN section 6 (full view for the assigned practitioner, low-sensitivity view for assistants, "
                    + "aggregates only for directors and marketing managers); no copying or export of customer data without an "
                    + "approved export.",
            "按设计文档第6节的数据范围访问客户信息（指定理财人员可见全部信息，助理仅可见低敏感信息，主管和营销经理仅可见汇总报表）；"
                    + "未经批准导出，不得复制或导出客户数据。",
            "(3) Keeping secrets for customers",
            Enforcement.OTHER_MODULE,
            "access: data scopes, field masking and the access log; reporting: approved exports");

    private CustomerSecretsKept() {
    }
}
