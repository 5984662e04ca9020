package io.steward.suitability.rules;

import io.steward.suitability.ActorFacts.Certificate;
import io.steward.suitability.CatalogEntry;
import io.steward.suitability.CatalogEntry.Enforcement;
import io.steward.suitability.RuleId;

import java.time.LocalDate;

/**
 * QUAL-1: only staff holding a valid qualification certificate on the decision date may advise and sell.
 * "Personnel who have not obtained the qualification … can only distribute product publicity materials …
 * and may not directly engage in the sales of any wealth management products."
 *
 * <p>A certificate is valid from {@code validFrom} through {@code validUntil}, both inclusive, and invalid
 * from the day it is revoked.
 */
public final class OnlyCertifiedStaffSell implements SaleRule {

    public static final CatalogEntry ENTRY = new CatalogEntry(
            RuleId.QUAL_1,
            OnlyCertifiedStaffSell.class.getSimpleName(),
            "Only staff holding a valid (not expired, not revoked) qualification certificate on that date may advise, "
                    + "recommend, open or drive a sales case; others may only hand out official materials and refer the customer.",
            "只有在当日持有有效（未过期、未被吊销）个人理财业务资格证书的员工，才能提供理财建议、推荐产品、开立或推进销售流程；"
                    + "其他人员只能分发正式宣传材料并将客户转介给持证理财人员。",
            "(a) to produce documents",
            Enforcement.SALE_DECISION,
            "suitability: SuitabilityEngine.decideSale; organization keeps the certificates; access limits uncertified staff "
                    + "to materials and referrals");

    private static final PreparedHit NO_CERTIFICATE = PreparedHit.deny(ENTRY, "no-certificate",
            "The adviser holds no personal wealth-management qualification certificate: they may hand out official "
                    + "materials and refer the customer to a certified practitioner, but may not advise or sell.",
            "经办人员未取得个人理财业务资格证书：只能分发正式宣传材料并将客户转介给持证理财人员，不得提供理财建议或销售产品。");
    private static final PreparedHit NOT_YET_VALID = PreparedHit.deny(ENTRY, "certificate-not-yet-valid",
            "The adviser's qualification certificate is not yet valid on the decision date.",
            "经办人员的个人理财业务资格证书在决策日尚未生效。");
    private static final PreparedHit EXPIRED = PreparedHit.deny(ENTRY, "certificate-expired",
            "The adviser's qualification certificate has expired: until it is renewed they may only hand out official "
                    + "materials and refer customers.",
            "经办人员的个人理财业务资格证书已过期：续期之前只能分发正式宣传材料并转介客户。");
    private static final PreparedHit REVOKED = PreparedHit.deny(ENTRY, "certificate-revoked",
            "The adviser's qualification certificate has been revoked: they may only hand out official materials and "
                    + "refer customers.",
            "经办人员的个人理财业务资格证书已被吊销：只能分发正式宣传材料并转介客户。");

    @Override
    public void evaluate(SaleContext sale, Hits hits) {
        Certificate certificate = sale.sale().adviser().certificate();
        LocalDate date = sale.sale().decisionDate();
        if (certificate == null) {
            hits.add(NO_CERTIFICATE);
        } else if (certificate.revokedOn() != null && !date.isBefore(certificate.revokedOn())) {
            hits.add(REVOKED);
        } else if (date.isBefore(certificate.validFrom())) {
            hits.add(NOT_YET_VALID);
        } else if (date.isAfter(certificate.validUntil())) {
            hits.add(EXPIRED);
        }
    }
}
