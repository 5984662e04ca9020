package io.steward.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * QUAL-1: staff without a certificate "can only ... introduce customers who intend to handle wealth management
 * business to personal wealth management business practitioners". Lobby staff, assistants and practitioners whose
 * certificate lapsed refer a prospect to a certified practitioner, who accepts (registering the customer, or naming
 * one already in their book) or declines with a reason.
 */
public interface Referrals {

    Referral refer(NewReferral referral);

    Referral accept(long referralId, Acceptance acceptance);

    Referral decline(long referralId, Decline decline);

    record NewReferral(
            @NotBlank @Size(max = 100) String prospectName,
            @NotBlank @Size(max = 32) String phone,
            @Size(max = 1000) String note,
            @NotBlank @Size(max = 64) String practitioner) {
    }

    /** Either a new customer to register or the number of one already in the practitioner's book. */
    record Acceptance(@Valid CustomerRegistration.NewCustomer customer, String existingCustomerNumber) {
    }

    record Decline(@NotBlank @Size(max = 500) String reason) {
    }

    enum Status {
        PENDING,
        ACCEPTED,
        DECLINED
    }

    record Referral(long id, String prospectName, String maskedPhone, String note, String referredBy,
            String practitioner, Status status, Instant createdAt, Instant decidedAt, String declineReason,
            String customerNumber) {
    }
}
